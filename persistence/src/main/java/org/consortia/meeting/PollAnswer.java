package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consortia.membership.Representative;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;

/** A representative's answer for one slot of a scheduling poll: yes, if need be, or no. */
@Entity
@Table(name = "poll_answer")
@Audited
public class PollAnswer extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id", nullable = false, updatable = false)
    private PollSlot slot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "representative_id", nullable = false, updatable = false)
    private Representative representative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PollChoice choice;

    protected PollAnswer() {
    }

    public PollAnswer(PollSlot slot, Representative representative, PollChoice choice) {
        this.slot = slot;
        this.representative = representative;
        this.choice = choice;
    }

    public PollSlot getSlot() {
        return slot;
    }

    public Representative getRepresentative() {
        return representative;
    }

    public PollChoice getChoice() {
        return choice;
    }

    public void setChoice(PollChoice choice) {
        this.choice = choice;
    }
}
