package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;

/**
 * The rules a workspace's meetings are held to, set by its chair, vice-chair or officer
 * representative: the quorum, the minimum number of meetings in any twelve months, the days and
 * hours meetings are acceptable, and how many clear days before a meeting its agenda and papers are
 * published. A workspace that has set none is held to the defaults of a new instance.
 */
@Entity
@Table(name = "meeting_rules")
@Audited
public class MeetingRules extends WorkspaceEntity {

    public static final int MAXIMUM_QUORUM = 500;
    public static final int MAXIMUM_DENOMINATOR = 20;

    @NotNull(message = "{meeting.quorumKind.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "quorum_kind", nullable = false, length = 20)
    private QuorumKind quorumKind = QuorumKind.FRACTION;

    @Min(value = 1, message = "{meeting.quorumNumber.range}")
    @Max(value = MAXIMUM_QUORUM, message = "{meeting.quorumNumber.range}")
    @Column(name = "quorum_number")
    private Integer quorumNumber;

    @Min(value = 1, message = "{meeting.quorumNumerator.range}")
    @Max(value = MAXIMUM_DENOMINATOR, message = "{meeting.quorumNumerator.range}")
    @Column(name = "quorum_numerator")
    private Integer quorumNumerator = 1;

    @Min(value = 1, message = "{meeting.quorumDenominator.range}")
    @Max(value = MAXIMUM_DENOMINATOR, message = "{meeting.quorumDenominator.range}")
    @Column(name = "quorum_denominator")
    private Integer quorumDenominator = 2;

    @Min(value = 0, message = "{meeting.minimumMeetings.range}")
    @Max(value = 52, message = "{meeting.minimumMeetings.range}")
    @Column(name = "minimum_meetings", nullable = false)
    private int minimumMeetings = 4;

    @Convert(converter = DaysOfWeek.class)
    @Column(name = "meeting_days", nullable = false, length = 80)
    private Set<DayOfWeek> meetingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @NotNull(message = "{meeting.earliestStart.required}")
    @Column(name = "earliest_start", nullable = false)
    private LocalTime earliestStart = LocalTime.of(9, 0);

    @NotNull(message = "{meeting.latestEnd.required}")
    @Column(name = "latest_end", nullable = false)
    private LocalTime latestEnd = LocalTime.of(17, 0);

    @Min(value = 0, message = "{meeting.agendaNoticeDays.range}")
    @Max(value = 60, message = "{meeting.agendaNoticeDays.range}")
    @Column(name = "agenda_notice_days", nullable = false)
    private int agendaNoticeDays = 5;

    /**
     * How many member organisations must be represented for a meeting of a partnership with
     * {@code memberOrganisations} members to be quorate: the number set, or the fraction of the
     * members rounded up (one in two of five is three); never fewer than one.
     */
    public int quorumOf(int memberOrganisations) {
        if (quorumKind == QuorumKind.NUMBER) {
            return quorumNumber;
        }
        int needed = (memberOrganisations * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
        return Math.max(1, needed);
    }

    /** "3 member organisations" or "1 in 2 of the member organisations (rounded up)", as the pages say it. */
    public String quorumInWords() {
        if (quorumKind == QuorumKind.NUMBER) {
            return quorumNumber == null ? "A number of member organisations not yet given"
                    : quorumNumber + (quorumNumber == 1 ? " member organisation" : " member organisations");
        }
        return quorumNumerator + " in " + quorumDenominator + " of the member organisations (rounded up)";
    }

    public QuorumKind getQuorumKind() {
        return quorumKind;
    }

    public void setQuorumKind(QuorumKind quorumKind) {
        this.quorumKind = quorumKind;
    }

    public Integer getQuorumNumber() {
        return quorumNumber;
    }

    public void setQuorumNumber(Integer quorumNumber) {
        this.quorumNumber = quorumNumber;
    }

    public Integer getQuorumNumerator() {
        return quorumNumerator;
    }

    public void setQuorumNumerator(Integer quorumNumerator) {
        this.quorumNumerator = quorumNumerator;
    }

    public Integer getQuorumDenominator() {
        return quorumDenominator;
    }

    public void setQuorumDenominator(Integer quorumDenominator) {
        this.quorumDenominator = quorumDenominator;
    }

    public int getMinimumMeetings() {
        return minimumMeetings;
    }

    public void setMinimumMeetings(int minimumMeetings) {
        this.minimumMeetings = minimumMeetings;
    }

    /** The days meetings may be held on; a copy, so that a change is always a new set. */
    public Set<DayOfWeek> getMeetingDays() {
        return meetingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(meetingDays);
    }

    public void setMeetingDays(Set<DayOfWeek> meetingDays) {
        this.meetingDays = meetingDays == null || meetingDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(meetingDays);
    }

    public LocalTime getEarliestStart() {
        return earliestStart;
    }

    public void setEarliestStart(LocalTime earliestStart) {
        this.earliestStart = earliestStart;
    }

    public LocalTime getLatestEnd() {
        return latestEnd;
    }

    public void setLatestEnd(LocalTime latestEnd) {
        this.latestEnd = latestEnd;
    }

    public int getAgendaNoticeDays() {
        return agendaNoticeDays;
    }

    public void setAgendaNoticeDays(int agendaNoticeDays) {
        this.agendaNoticeDays = agendaNoticeDays;
    }
}
