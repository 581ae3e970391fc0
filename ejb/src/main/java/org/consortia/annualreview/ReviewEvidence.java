package org.consortia.annualreview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.forms.FilledForm;
import org.consortia.forms.FormEvidence;
import org.consortia.forms.FormDocument;
import org.consortia.meeting.MeetingState;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.mou.MouState;
import org.consortia.partnership.Partnership;
import org.consortia.risk.EntryStatus;
import org.consortia.risk.RiskTolerance;
import org.consortia.text.UkDates;

/**
 * Reads, in the caller's transaction and the partnership's workspace, what the portal knows that
 * answers Appendix 4a's questions: the partnership's legal status, its Memorandum, code of conduct
 * signatures, risk register, meetings, business case and equality impact assessment. Each finding
 * names the page it was read from; the review keeps it as read.
 */
@ApplicationScoped
public class ReviewEvidence {

    /** The question the business case's equality impact assessment is uploaded for. */
    static final String EQUALITY_ASSESSMENT = "risks-2";
    static final String EQUALITY_QUESTION = "equality-1";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceRepresentatives representatives;

    /** What the review is told about its partnership, as the business case demonstrated it. */
    record Demonstration(int caseNumber, LocalDate on) {
    }

    /** Every finding for the review, read now. */
    List<FormEvidence> read(FilledForm review, Partnership partnership, Demonstration demonstration) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, UkDates.LONDON);
        String workspace = "/w/" + partnership.getSlug();
        List<FormEvidence> findings = new ArrayList<>();
        findings.add(new FormEvidence(review, "formal-status-1", "The partnership's record gives its legal status as "
                + partnership.getLegalStatus().label() + (partnership.isStatutory() ? "; it is a statutory partnership."
                : "; it is not a statutory partnership."), "/partnerships/view?id=" + partnership.getId(), now));
        findings.add(new FormEvidence(review, "formal-status-2", memorandum(), workspace + "/mou", now));
        findings.add(new FormEvidence(review, "conduct-1", conduct(today), workspace + "/conduct", now));
        findings.add(new FormEvidence(review, "risk-1", register(today), workspace + "/risks", now));
        findings.add(new FormEvidence(review, "outcomes-4", meetings(today), workspace + "/meetings", now));
        findings.add(new FormEvidence(review, "outcomes-1", "The business case for continuing was demonstrated on "
                + UkDates.day(demonstration.on()) + " (business case " + demonstration.caseNumber() + ").",
                "/partnerships/business-case?id=" + partnership.getId() + "&number=" + demonstration.caseNumber(), now));
        findings.add(new FormEvidence(review, EQUALITY_QUESTION, equalityAssessment(),
                "/partnerships/business-case?id=" + partnership.getId(), now));
        return findings;
    }

    /** Whether the business case holds an equality impact assessment, as {@link #read} found. */
    boolean hasEqualityAssessment() {
        return !equalityAssessments().isEmpty();
    }

    private List<FormDocument> equalityAssessments() {
        return entityManager.createQuery("select d from FormDocument d join fetch d.addedBy where d.form.templateKey = :key"
                        + " and d.question = :question order by d.addedAt", FormDocument.class)
                .setParameter("key", BusinessCaseService.CASE).setParameter("question", EQUALITY_ASSESSMENT)
                .getResultList();
    }

    private String equalityAssessment() {
        List<FormDocument> assessments = equalityAssessments();
        if (assessments.isEmpty()) {
            return "No equality impact assessment is attached to the partnership's business case.";
        }
        FormDocument newest = assessments.get(assessments.size() - 1);
        return "An equality impact assessment is attached to the business case: " + newest.getFileName() + ", added on "
                + UkDates.day(newest.getAddedAt()) + " by " + newest.getAddedBy().getName() + ".";
    }

    private String memorandum() {
        Object[] mou = entityManager.createQuery("select m.state, m.agreedAt from Mou m", Object[].class)
                .getResultStream().findFirst().orElse(null);
        if (mou == null) {
            return "No Memorandum of Understanding has been started.";
        }
        MouState state = (MouState) mou[0];
        Instant agreedAt = (Instant) mou[1];
        return state == MouState.AGREED && agreedAt != null
                ? "The Memorandum of Understanding was agreed and signed by every member on " + UkDates.day(agreedAt) + "."
                : "The Memorandum of Understanding is not agreed: it is " + state.label().toLowerCase(Locale.UK)
                        + ".";
    }

    private String conduct(LocalDate today) {
        Set<Long> signers = Set.copyOf(entityManager.createQuery("select s.signatory.id from ConductSignature s"
                + " where s.code.codeVersion = (select max(c.codeVersion) from ConductCode c)", Long.class)
                .getResultList());
        Set<Long> inOffice = representatives.inOfficeOn(today).stream()
                .map(representative -> representative.getAccount().getId()).collect(Collectors.toSet());
        long signed = inOffice.stream().filter(signers::contains).count();
        return signed + " of the " + inOffice.size() + " representatives in office have signed the current code of"
                + " conduct.";
    }

    private String register(LocalDate today) {
        int tolerance = entityManager.createQuery("select t.score from RiskTolerance t", Integer.class)
                .getResultStream().findFirst().orElse(RiskTolerance.DEFAULT_SCORE);
        Object[] counts = entityManager.createQuery("select count(e),"
                        + " coalesce(sum(case when e.residualScore > :tolerance then 1 else 0 end), 0),"
                        + " coalesce(sum(case when e.reviewDate < :today then 1 else 0 end), 0),"
                        + " (select count(a) from MitigationAction a where a.doneOn is null and a.deadline < :today"
                        + " and a.entry.status <> :closed)"
                        + " from RiskEntry e where e.status <> :closed", Object[].class)
                .setParameter("tolerance", tolerance).setParameter("today", today)
                .setParameter("closed", EntryStatus.CLOSED).getSingleResult();
        return "The joint risk register has " + counts[0] + " open entries, " + counts[1]
                + " above the partnership's tolerance (" + tolerance + "), " + counts[2] + " past their review date and "
                + counts[3] + " overdue mitigation actions.";
    }

    private String meetings(LocalDate today) {
        Instant yearAgo = today.minusYears(1).atStartOfDay(UkDates.LONDON).toInstant();
        Instant now = today.plusDays(1).atStartOfDay(UkDates.LONDON).toInstant();
        Object[] counts = entityManager.createQuery("select count(m),"
                        + " (select count(n) from Minutes n where n.meeting.startsAt >= :from and n.meeting.startsAt < :to"
                        + " and n.signedAt is not null),"
                        + " (select count(distinct d.item.meeting) from Decision d where d.item.meeting.startsAt >= :from"
                        + " and d.item.meeting.startsAt < :to and d.quorateWhenRecorded = false),"
                        + " (select max(r.minimumMeetings) from MeetingRules r)"
                        + " from Meeting m where m.startsAt >= :from and m.startsAt < :to and m.state in :held",
                        Object[].class)
                .setParameter("from", yearAgo).setParameter("to", now)
                .setParameter("held", List.of(MeetingState.HELD, MeetingState.MINUTES_APPROVED)).getSingleResult();
        Object minimum = counts[3] == null ? 4 : counts[3];
        return counts[0] + " meetings held in the last twelve months against a minimum of " + minimum + " a year; "
                + counts[1] + " with signed minutes; " + counts[2] + " with a decision recorded while inquorate.";
    }
}
