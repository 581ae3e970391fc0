package org.consortia.businesscase;

import java.util.List;
import java.util.Objects;
import org.consortia.access.Action;
import org.consortia.forms.FormStep;
import org.consortia.forms.StepOutcome;
import org.consortia.identity.Caller;
import org.consortia.identity.CouncilRole;
import org.consortia.partnership.LifecycleStage;

/**
 * The partnership as its business case's chain sees it: the people its rules name (the accountable
 * Head of Service and the officer representative), and what those rules let a caller do.
 */
record People(long partnershipId, String name, LifecycleStage stage, Long headOfService, String headOfServiceName,
        Long officer, String officerName) {

    boolean isOfficer(Caller caller) {
        return officer != null && officer == caller.accountId();
    }

    /** The officer representative, the accountable Head of Service, or the Head of Strategy & Partnerships. */
    boolean mayDraft(Caller caller) {
        return isOfficer(caller) || caller.may(Action.DRAFT_BUSINESS_CASE)
                && (caller.may(Action.EDIT_ANY_PARTNERSHIP) || Objects.equals(headOfService, caller.accountId()));
    }

    /**
     * Whether the caller may take this step, given the steps taken so far. The accountable Head of
     * Service authorises (and judges a review); a Director does where the Head of Service cannot: none
     * is named, or they are the officer representative, or they submitted the case themselves. Nobody
     * authorises a case they submitted.
     */
    boolean mayTake(Caller caller, BusinessCaseStep step, List<FormStep> steps) {
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
