package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;

/**
 * What was resolved on an agenda item and how: by consensus, or by votes for, against and
 * abstaining. Taken while the item was inquorate, it can only be recorded as noted, not decided, and
 * whether the item was quorate when it was recorded is kept with it for the minutes.
 */
@Entity
@Table(name = "decision")
@Audited
public class Decision extends WorkspaceEntity {

    public static final int TEXT_LIMIT = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, updatable = false)
    private AgendaItem item;

    @NotBlank(message = "{decision.resolution.required}")
    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = TEXT_LIMIT)
    private String resolution;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DecisionMethod method;

    @Min(value = 0, message = "{decision.votes.range}")
    @Max(value = 500, message = "{decision.votes.range}")
    @Column(name = "votes_for")
    private Integer votesFor;

    @Min(value = 0, message = "{decision.votes.range}")
    @Max(value = 500, message = "{decision.votes.range}")
    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Min(value = 0, message = "{decision.votes.range}")
    @Max(value = 500, message = "{decision.votes.range}")
    @Column(name = "abstentions")
    private Integer abstentions;

    @Column(name = "noted_not_decided", nullable = false)
    private boolean notedNotDecided;

    @Column(name = "quorate_when_recorded", nullable = false)
    private boolean quorateWhenRecorded;

    protected Decision() {
    }

    public Decision(AgendaItem item) {
        this.item = item;
    }

    /** The decision as the minutes word it. */
    public String outcomeInWords() {
        if (notedNotDecided) {
            return "Noted, not decided: the item was inquorate.";
        }
        return method == DecisionMethod.VOTE ? "Decided by a vote: " + votesFor + " for, " + votesAgainst + " against, "
                + abstentions + (abstentions == 1 ? " abstention." : " abstentions.") : "Agreed by consensus.";
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = TypedText.tidy(resolution);
    }

    public DecisionMethod getMethod() {
        return method;
    }

    public void setMethod(DecisionMethod method) {
        this.method = method;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public void setAbstentions(Integer abstentions) {
        this.abstentions = abstentions;
    }

    public boolean isNotedNotDecided() {
        return notedNotDecided;
    }

    public void setNotedNotDecided(boolean notedNotDecided) {
        this.notedNotDecided = notedNotDecided;
    }

    public boolean isQuorateWhenRecorded() {
        return quorateWhenRecorded;
    }

    public void setQuorateWhenRecorded(boolean quorateWhenRecorded) {
        this.quorateWhenRecorded = quorateWhenRecorded;
    }
}
