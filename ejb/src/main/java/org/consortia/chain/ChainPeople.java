package org.consortia.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.identity.Caller;
import org.consortia.identity.CouncilRole;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.ReportingFrequency;

/**
 * The partnership as the chains of its council forms see it: the people their rules name (the
 * accountable Head of Service and the officer representative), what those rules let a caller do, and
 * what its record says of its reporting.
 *
 * @param parentName the partnership it is a sub-group of and reports through; null for one that reports itself
 */
public record ChainPeople(long partnershipId, String name, LifecycleStage stage, Long headOfService, String headOfServiceName,
        Long officer, String officerName, String parentName, LocalDate councilEnteredOn, ReportingFrequency frequency,
        boolean councilContributes) {

    public boolean isOfficer(Caller caller) {
        return officer != null && officer == caller.accountId();
    }

    /** The officer representative, the accountable Head of Service, or the Head of Strategy & Partnerships. */
    public boolean mayDraft(Caller caller) {
        return isOfficer(caller) || caller.may(Action.DRAFT_CYCLE_FORMS)
                && (caller.may(Action.EDIT_ANY_PARTNERSHIP) || Objects.equals(headOfService, caller.accountId()));
    }

    /**
     * Refuses anyone but those who draft the partnership's council forms, saying who does what the
     * caller tried ({@code doing}, as in "starts its progress report").
     */
    public void requireDrafter(Caller caller, String doing) {
        if (!mayDraft(caller)) {
            throw new AccessDeniedException("Only the partnership's officer representative, its accountable Head of"
                    + " Service or the Head of Strategy & Partnerships " + doing + ".");
        }
    }

    /**
     * Whether the caller may take this step, given the steps taken so far. A step that is the
     * accountable Head of Service's is taken by a Director where the Head of Service cannot: none is
     * named, or they are the officer representative, or they submitted the form themselves. Nobody
     * takes that step on a form they submitted.
     */
    public boolean mayTake(Caller caller, ChainStep step, List<FormStep> steps) {
        if (!caller.may(step.action())) {
            return false;
        }
        if (!step.headOfServices()) {
            return true;
        }
        Long submitter = steps.stream().filter(taken -> taken.getOutcome() == StepOutcome.SUBMITTED)
                .reduce((first, second) -> second).map(submission -> submission.getDecidedBy().getId()).orElse(null);
        if (Objects.equals(submitter, caller.accountId())) {
            return false;
        }
        boolean directorInstead = headOfService == null || headOfService.equals(officer)
                || headOfService.equals(submitter);
        return directorInstead ? caller.councilRoles().contains(CouncilRole.DIRECTOR)
                : headOfService == caller.accountId() && caller.councilRoles().contains(CouncilRole.HEAD_OF_SERVICE);
    }
}
