package org.consortia.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.consortia.identity.Account;
import org.consortia.identity.Organisation;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.consortia.validation.PlausibleDate;

/**
 * One risk or opportunity of the joint register (section 10, Appendices 8 and B): what it is, how
 * likely and how great before and after controls, who owns and manages it, its triggers, review
 * date and contingency plan.
 */
@Entity
@Table(name = "risk_entry")
@Audited
@CompleteEntry
public class RiskEntry extends WorkspaceEntity {

    public static final int TEXT_LIMIT = 4000;

    @NotNull(message = "{risk.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind = EntryKind.RISK;

    @NotBlank(message = "{risk.title.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(length = TEXT_LIMIT)
    private String description;

    @NotNull(message = "{risk.perspective.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Perspective perspective = Perspective.PARTNERSHIP;

    @NotBlank(message = "{risk.category.required}")
    @Size(max = 80, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 80)
    private String category;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(length = TEXT_LIMIT)
    private String cause;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(length = TEXT_LIMIT)
    private String effect;

    @NotNull(message = "{risk.likelihood.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "inherent_likelihood", nullable = false, length = 20)
    private Likelihood inherentLikelihood = Likelihood.POSSIBLE;

    @NotNull(message = "{risk.impact.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "inherent_impact", nullable = false, length = 20)
    private Impact inherentImpact = Impact.MODERATE;

    @NotNull(message = "{risk.likelihood.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "residual_likelihood", nullable = false, length = 20)
    private Likelihood residualLikelihood = Likelihood.POSSIBLE;

    @NotNull(message = "{risk.impact.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "residual_impact", nullable = false, length = 20)
    private Impact residualImpact = Impact.MODERATE;

    /**
     * Likelihood x impact, kept in step by the setters so SQL can filter and sort on it. Boxed
     * because history written before scores were stored may hold none.
     */
    @Column(name = "inherent_score", nullable = false)
    private Integer inherentScore = 9;

    @Column(name = "residual_score", nullable = false)
    private Integer residualScore = 9;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id")
    private Organisation ownerOrganisation;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_account_id")
    private Account owner;

    @NotNull(message = "{risk.allocation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Allocation allocation = Allocation.MANAGED;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "transferred_to", length = 200)
    private String transferredTo;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "transfer_reason", length = TEXT_LIMIT)
    private String transferReason;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "trigger_points", length = TEXT_LIMIT)
    private String triggerPoints;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "contingency_plan", length = TEXT_LIMIT)
    private String contingencyPlan;

    @PlausibleDate
    @Column(name = "review_date")
    private LocalDate reviewDate;

    @NotNull(message = "{risk.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryStatus status = EntryStatus.IDENTIFIED;

    public int inherentScore() {
        return inherentScore == null ? 0 : inherentScore;
    }

    public int residualScore() {
        return residualScore == null ? 0 : residualScore;
    }

    private void rescore() {
        inherentScore = scoreOf(inherentLikelihood, inherentImpact);
        residualScore = scoreOf(residualLikelihood, residualImpact);
    }

    /** Zero while a scale point is missing; validation refuses the entry then anyway. */
    private static int scoreOf(Likelihood likelihood, Impact impact) {
        return likelihood == null || impact == null ? 0 : likelihood.points() * impact.points();
    }

    /** Whether the entry, after its controls, sits above the partnership's agreed tolerance. */
    public boolean isAboveTolerance(int tolerance) {
        return status != EntryStatus.CLOSED && residualScore() > tolerance;
    }

    /** An assessed entry whose impact is high, before or after controls, needs a contingency plan. */
    public boolean needsContingencyPlan() {
        return status == EntryStatus.ASSESSED && (inherentImpact.isHigh() || residualImpact.isHigh());
    }

    public boolean isReviewOverdue(LocalDate today) {
        return status != EntryStatus.CLOSED && reviewDate != null && reviewDate.isBefore(today);
    }

    private static String strip(String text) {
        return TypedText.tidy(text);
    }

    public EntryKind getKind() {
        return kind;
    }

    public void setKind(EntryKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = strip(title);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = strip(description);
    }

    public Perspective getPerspective() {
        return perspective;
    }

    public void setPerspective(Perspective perspective) {
        this.perspective = perspective;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = strip(category);
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = strip(cause);
    }

    public String getEffect() {
        return effect;
    }

    public void setEffect(String effect) {
        this.effect = strip(effect);
    }

    public Likelihood getInherentLikelihood() {
        return inherentLikelihood;
    }

    public void setInherentLikelihood(Likelihood inherentLikelihood) {
        this.inherentLikelihood = inherentLikelihood;
        rescore();
    }

    public Impact getInherentImpact() {
        return inherentImpact;
    }

    public void setInherentImpact(Impact inherentImpact) {
        this.inherentImpact = inherentImpact;
        rescore();
    }

    public Likelihood getResidualLikelihood() {
        return residualLikelihood;
    }

    public void setResidualLikelihood(Likelihood residualLikelihood) {
        this.residualLikelihood = residualLikelihood;
        rescore();
    }

    public Impact getResidualImpact() {
        return residualImpact;
    }

    public void setResidualImpact(Impact residualImpact) {
        this.residualImpact = residualImpact;
        rescore();
    }

    public Organisation getOwnerOrganisation() {
        return ownerOrganisation;
    }

    public void setOwnerOrganisation(Organisation ownerOrganisation) {
        this.ownerOrganisation = ownerOrganisation;
    }

    public Account getOwner() {
        return owner;
    }

    public void setOwner(Account owner) {
        this.owner = owner;
    }

    public Allocation getAllocation() {
        return allocation;
    }

    public void setAllocation(Allocation allocation) {
        this.allocation = allocation;
    }

    public String getTransferredTo() {
        return transferredTo;
    }

    public void setTransferredTo(String transferredTo) {
        this.transferredTo = strip(transferredTo);
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = strip(transferReason);
    }

    public String getTriggerPoints() {
        return triggerPoints;
    }

    public void setTriggerPoints(String triggerPoints) {
        this.triggerPoints = strip(triggerPoints);
    }

    public String getContingencyPlan() {
        return contingencyPlan;
    }

    public void setContingencyPlan(String contingencyPlan) {
        this.contingencyPlan = strip(contingencyPlan);
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public void setStatus(EntryStatus status) {
        this.status = status;
    }
}
