package org.consortia.partnership;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.consortia.identity.Account;
import org.consortia.validation.DateRange;
import org.consortia.validation.EndNotBeforeStart;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.envers.Audited;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.envers.RelationTargetAuditMode;
import org.consortia.validation.PlausibleDate;

/**
 * A partnership as the council's partnership database holds it (Appendix 7 of the framework). Each
 * partnership is also a workspace: its id is the tenant of every row its members keep.
 */
@Entity
@Table(name = "partnership")
@Audited
@EndNotBeforeStart
// Read by every workspace page and rarely changed; Hibernate drops a cached row or query result as
// soon as the partnership table changes.
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(name = "Partnership.findBySlug", query = "select p from Partnership p where p.slug = :slug")
@NamedQuery(name = "Partnership.idBySlug", query = "select p.id from Partnership p where p.slug = :slug",
        hints = @QueryHint(name = HibernateHints.HINT_CACHEABLE, value = "true"))
@NamedQuery(name = "Partnership.countBySlug",
        query = "select count(p) from Partnership p where p.slug = :slug and p.id <> :id")
public class Partnership implements Serializable, DateRange {

    public static final int TEXT_LIMIT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{partnership.name.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank(message = "{partnership.slug.required}")
    @Size(min = 3, max = 60, message = "{partnership.slug.size}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{partnership.slug.pattern}")
    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @NotNull(message = "{partnership.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "partnership_type", nullable = false, length = 40)
    private PartnershipType type;

    @NotNull(message = "{partnership.legalStatus.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", nullable = false, length = 60)
    private LegalStatus legalStatus;

    @Column(nullable = false)
    private boolean statutory;

    @Column(nullable = false)
    private boolean significant;

    /** Whether the public register lists the partnership; set by the Head of Strategy & Partnerships. */
    @Column(nullable = false)
    private boolean published;

    @NotNull(message = "{partnership.stage.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LifecycleStage stage = LifecycleStage.FORMING;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(length = TEXT_LIMIT)
    private String purpose;

    @Size(max = 1000, message = "{text.tooLong}")
    @PlainText
    @Column(name = "geographical_area", length = 1000)
    private String geographicalArea;

    @ElementCollection(fetch = FetchType.LAZY)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "partnership_theme", joinColumns = @JoinColumn(name = "partnership_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 40)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @Size(max = 1000, message = "{text.tooLong}")
    @PlainText
    @Column(name = "client_groups", length = 1000)
    private String clientGroups;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "elected_member_contribution", length = TEXT_LIMIT)
    private String electedMemberContribution;

    @Size(max = 1000, message = "{text.tooLong}")
    @PlainText
    @Column(name = "accountable_to", length = 1000)
    private String accountableTo;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_of_service_id")
    private Account headOfService;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "officer_representative_id")
    private Account officerRepresentative;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "officer_contact", length = 200)
    private String officerContact;

    @PlausibleDate
    @NotNull(message = "{partnership.startDate.required}")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @PlausibleDate
    @Column(name = "proposed_end_date")
    private LocalDate proposedEndDate;

    /** The partnership this one is a sub-group of, and reports through; null for one that reports itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_partnership_id")
    private Partnership parent;

    @PlausibleDate
    @Column(name = "council_entered_on")
    private LocalDate councilEnteredOn;

    @NotNull(message = "{partnership.reportingFrequency.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_frequency", nullable = false, length = 20)
    private ReportingFrequency reportingFrequency = ReportingFrequency.ANNUAL;

    /** The day the Executive (or full Council) decided that the Council's involvement ends; null while it continues. */
    @Column(name = "exit_decided_on")
    private LocalDate exitDecidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_decided_by", length = 20)
    private DecidingBody exitDecidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 40)
    private ExitReason exitReason;

    /** The day the Council's active involvement ends, when the partnership moves from ending to ended. */
    @Column(name = "involvement_ends_on")
    private LocalDate involvementEndsOn;

    /** Whether the Council contributes financially, so that its progress reports monitor the partnership's finances. */
    @Column(name = "council_contributes", nullable = false)
    private boolean councilContributes;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "corporate_plan_contribution", length = TEXT_LIMIT)
    private String corporatePlanContribution;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "community_strategy_contribution", length = TEXT_LIMIT)
    private String communityStrategyContribution;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "local_area_agreement_contribution", length = TEXT_LIMIT)
    private String localAreaAgreementContribution;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "funding_sources", length = TEXT_LIMIT)
    private String fundingSources;

    @ElementCollection(fetch = FetchType.LAZY)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "partnership_resource", joinColumns = @JoinColumn(name = "partnership_id"))
    @MapKeyColumn(name = "resource")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "description", nullable = false, length = 1000)
    private Map<CouncilResource, @Size(max = 1000, message = "{text.tooLong}") @PlainText String> councilResources =
            new EnumMap<>(CouncilResource.class);

    /** Whether the chair requires every member to sign in with a second factor to enter the workspace. */
    @Column(name = "second_factor_required", nullable = false)
    private boolean secondFactorRequired;

    @Version
    private long version;

    protected Partnership() {
    }

    public Partnership(String name, String slug, PartnershipType type, LegalStatus legalStatus, LocalDate startDate) {
        this.name = name;
        this.slug = slug;
        this.type = type;
        this.legalStatus = legalStatus;
        this.startDate = startDate;
    }

    /** A new, empty record for the create form. */
    public static Partnership blank() {
        Partnership partnership = new Partnership();
        partnership.legalStatus = LegalStatus.NO_SEPARATE_LEGAL_IDENTITY;
        partnership.type = PartnershipType.COLLABORATIVE;
        return partnership;
    }

    /** Whether this account is the Head of Service accountable for the partnership. */
    public boolean isAccountableHeadOfService(long accountId) {
        return headOfService != null && headOfService.getId() == accountId;
    }

    /** Stores the resource descriptions, dropping blank ones so "none" is simply absent. */
    public void setCouncilResources(Map<CouncilResource, String> resources) {
        councilResources.clear();
        resources.forEach((resource, description) -> {
            if (description != null && !description.isBlank()) {
                councilResources.put(resource, description.strip());
            }
        });
    }

    @Override
    public LocalDate rangeStart() {
        return startDate;
    }

    @Override
    public LocalDate rangeEnd() {
        return proposedEndDate;
    }

    @Override
    public String rangeEndProperty() {
        return "proposedEndDate";
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = strip(name);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = strip(slug);
    }

    public PartnershipType getType() {
        return type;
    }

    public void setType(PartnershipType type) {
        this.type = type;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public boolean isStatutory() {
        return statutory;
    }

    public void setStatutory(boolean statutory) {
        this.statutory = statutory;
    }

    public boolean isSignificant() {
        return significant;
    }

    public void setSignificant(boolean significant) {
        this.significant = significant;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public LifecycleStage getStage() {
        return stage;
    }

    public void setStage(LifecycleStage stage) {
        this.stage = stage;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = strip(purpose);
    }

    public String getGeographicalArea() {
        return geographicalArea;
    }

    public void setGeographicalArea(String geographicalArea) {
        this.geographicalArea = strip(geographicalArea);
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    public void setThemes(Set<Theme> themes) {
        this.themes.clear();
        this.themes.addAll(themes);
    }

    public String getClientGroups() {
        return clientGroups;
    }

    public void setClientGroups(String clientGroups) {
        this.clientGroups = strip(clientGroups);
    }

    public String getElectedMemberContribution() {
        return electedMemberContribution;
    }

    public void setElectedMemberContribution(String electedMemberContribution) {
        this.electedMemberContribution = strip(electedMemberContribution);
    }

    public String getAccountableTo() {
        return accountableTo;
    }

    public void setAccountableTo(String accountableTo) {
        this.accountableTo = strip(accountableTo);
    }

    public Account getHeadOfService() {
        return headOfService;
    }

    public void setHeadOfService(Account headOfService) {
        this.headOfService = headOfService;
    }

    public Account getOfficerRepresentative() {
        return officerRepresentative;
    }

    public void setOfficerRepresentative(Account officerRepresentative) {
        this.officerRepresentative = officerRepresentative;
    }

    public String getOfficerContact() {
        return officerContact;
    }

    public void setOfficerContact(String officerContact) {
        this.officerContact = strip(officerContact);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Partnership getParent() {
        return parent;
    }

    public void setParent(Partnership parent) {
        this.parent = parent;
    }

    /** The day the Council entered the partnership: the day its business case was approved, or as recorded. */
    public LocalDate getCouncilEnteredOn() {
        return councilEnteredOn;
    }

    public void setCouncilEnteredOn(LocalDate councilEnteredOn) {
        this.councilEnteredOn = councilEnteredOn;
    }

    public ReportingFrequency getReportingFrequency() {
        return reportingFrequency;
    }

    public void setReportingFrequency(ReportingFrequency reportingFrequency) {
        this.reportingFrequency = reportingFrequency;
    }

    public LocalDate getExitDecidedOn() {
        return exitDecidedOn;
    }

    public DecidingBody getExitDecidedBy() {
        return exitDecidedBy;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public LocalDate getInvolvementEndsOn() {
        return involvementEndsOn;
    }

    /**
     * Records the decision that the Council's involvement ends: the partnership is ending until the
     * day it ends, and ended from that day.
     */
    public void decideToLeave(LocalDate decidedOn, DecidingBody by, ExitReason reason, LocalDate endsOn, LocalDate today) {
        this.exitDecidedOn = decidedOn;
        this.exitDecidedBy = by;
        this.exitReason = reason;
        this.involvementEndsOn = endsOn;
        this.stage = endsOn.isAfter(today) ? LifecycleStage.ENDING : LifecycleStage.ENDED;
    }

    public boolean isCouncilContributes() {
        return councilContributes;
    }

    public void setCouncilContributes(boolean councilContributes) {
        this.councilContributes = councilContributes;
    }

    public LocalDate getProposedEndDate() {
        return proposedEndDate;
    }

    public void setProposedEndDate(LocalDate proposedEndDate) {
        this.proposedEndDate = proposedEndDate;
    }

    public String getCorporatePlanContribution() {
        return corporatePlanContribution;
    }

    public void setCorporatePlanContribution(String corporatePlanContribution) {
        this.corporatePlanContribution = strip(corporatePlanContribution);
    }

    public String getCommunityStrategyContribution() {
        return communityStrategyContribution;
    }

    public void setCommunityStrategyContribution(String communityStrategyContribution) {
        this.communityStrategyContribution = strip(communityStrategyContribution);
    }

    public String getLocalAreaAgreementContribution() {
        return localAreaAgreementContribution;
    }

    public void setLocalAreaAgreementContribution(String localAreaAgreementContribution) {
        this.localAreaAgreementContribution = strip(localAreaAgreementContribution);
    }

    public String getFundingSources() {
        return fundingSources;
    }

    public void setFundingSources(String fundingSources) {
        this.fundingSources = strip(fundingSources);
    }

    public Map<CouncilResource, String> getCouncilResources() {
        return councilResources;
    }

    public long getVersion() {
        return version;
    }

    private static String strip(String text) {
        return TypedText.tidy(text);
    }

    public boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }

    public void setSecondFactorRequired(boolean secondFactorRequired) {
        this.secondFactorRequired = secondFactorRequired;
    }

    @Override
    public boolean equals(Object other) {
        // getId(), not the field: the other may be a lazy proxy whose fields are empty.
        return this == other || other instanceof Partnership that && id != null && id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Partnership.class.hashCode();
    }
}
