package org.consortia.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.consortia.annualreview.AnnualReviewStep;
import org.consortia.businesscase.BusinessCaseStep;
import org.consortia.identity.CouncilRole;
import org.consortia.identity.Sector;
import org.consortia.leaving.ExitReportStep;
import org.consortia.membership.WorkspaceRole;
import org.consortia.partnership.CouncilResource;
import org.consortia.partnership.LegalStatus;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.ReportingFrequency;
import org.consortia.partnership.PartnershipType;
import org.consortia.partnership.Theme;
import org.consortia.progressreport.ProgressReportStep;
import org.consortia.risk.Allocation;
import org.consortia.risk.EntryKind;
import org.consortia.risk.EntryStatus;
import org.consortia.risk.Impact;
import org.consortia.risk.Likelihood;
import org.consortia.risk.Perspective;
import org.consortia.text.InWords;

/** The closed lists of the domain and British date formats, for select boxes and tables. */
@Named
@ApplicationScoped
public class Labels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    public PartnershipType[] getPartnershipTypes() {
        return PartnershipType.values();
    }

    public LegalStatus[] getLegalStatuses() {
        return LegalStatus.values();
    }

    public LifecycleStage[] getStages() {
        return LifecycleStage.values();
    }

    public ReportingFrequency[] getReportingFrequencies() {
        return ReportingFrequency.values();
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public CouncilResource[] getCouncilResources() {
        return CouncilResource.values();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public CouncilRole[] getCouncilRoles() {
        return CouncilRole.values();
    }

    public WorkspaceRole[] getWorkspaceRoles() {
        return WorkspaceRole.values();
    }

    public EntryKind[] getEntryKinds() {
        return EntryKind.values();
    }

    public Perspective[] getPerspectives() {
        return Perspective.values();
    }

    public Likelihood[] getLikelihoods() {
        return Likelihood.values();
    }

    public Impact[] getImpacts() {
        return Impact.values();
    }

    public Allocation[] getAllocations() {
        return Allocation.values();
    }

    public EntryStatus[] getEntryStatuses() {
        return EntryStatus.values();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** "A, B and C". */
    public String inWords(List<String> names) {
        return InWords.list(names);
    }

    /** A business case's step in words, from the name it is stored under. */
    public String businessCaseStep(String name) {
        return BusinessCaseStep.valueOf(name).label();
    }

    /** An annual review's step in words, from the name it is stored under. */
    public String annualReviewStep(String name) {
        return AnnualReviewStep.valueOf(name).label();
    }

    /** An exit report's step in words, from the name it is stored under. */
    public String exitReportStep(String name) {
        return ExitReportStep.valueOf(name).label();
    }

    /** A progress report's step in words, from the name it is stored under. */
    public String progressReportStep(String name) {
        return ProgressReportStep.valueOf(name).label();
    }

    public String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
