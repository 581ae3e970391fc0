package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.text.UkDates;
import org.hibernate.envers.Audited;

/** One date and time proposed in a scheduling poll, kept as instants and shown as UK time. */
@Entity
@Table(name = "poll_slot")
@Audited
public class PollSlot extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "poll_id", nullable = false, updatable = false)
    private SchedulingPoll poll;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    protected PollSlot() {
    }

    public PollSlot(SchedulingPoll poll, LocalDate day, LocalTime start, LocalTime end) {
        this.poll = poll;
        this.startsAt = ZonedDateTime.of(day, start, UkDates.LONDON).toInstant();
        this.endsAt = ZonedDateTime.of(day, end, UkDates.LONDON).toInstant();
    }

    public SchedulingPoll getPoll() {
        return poll;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public LocalDate day() {
        return startsAt.atZone(UkDates.LONDON).toLocalDate();
    }

    public LocalTime startTime() {
        return startsAt.atZone(UkDates.LONDON).toLocalTime();
    }

    public LocalTime endTime() {
        return endsAt.atZone(UkDates.LONDON).toLocalTime();
    }
}
