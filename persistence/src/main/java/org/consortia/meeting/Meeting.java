package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.text.UkDates;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;

/**
 * A meeting of the partnership: ordinary, or extraordinary with who convened it and why; when it
 * starts and ends (kept as instants, entered and shown as UK time); where it is held or how to join
 * it online; whether the public may attend; and where it stands.
 */
@Entity
@Table(name = "meeting")
@Audited
public class Meeting extends WorkspaceEntity {

    public static final int TEXT_LIMIT = 2000;

    @NotBlank(message = "{meeting.title.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String title;

    @NotNull(message = "{meeting.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind = MeetingKind.ORDINARY;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "convened_by", length = 200)
    private String convenedBy;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "convened_because", length = TEXT_LIMIT)
    private String convenedBecause;

    @NotNull(message = "{meeting.startsAt.required}")
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @NotNull(message = "{meeting.endsAt.required}")
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(length = TEXT_LIMIT)
    private String venue;

    @Size(max = TEXT_LIMIT, message = "{text.tooLong}")
    @PlainText
    @Column(name = "joining_details", length = TEXT_LIMIT)
    private String joiningDetails;

    @Column(name = "open_to_public", nullable = false)
    private boolean openToPublic;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingState state = MeetingState.PLANNED;

    @Column(name = "agenda_published_at")
    private Instant agendaPublishedAt;

    /** Sets when the meeting is held from the day and times as UK clocks show them. */
    public void scheduleOn(LocalDate day, LocalTime start, LocalTime end) {
        startsAt = day == null || start == null ? null : ZonedDateTime.of(day, start, UkDates.LONDON).toInstant();
        endsAt = day == null || end == null ? null : ZonedDateTime.of(day, end, UkDates.LONDON).toInstant();
    }

    public LocalDate day() {
        return startsAt == null ? null : startsAt.atZone(UkDates.LONDON).toLocalDate();
    }

    public LocalTime startTime() {
        return startsAt == null ? null : startsAt.atZone(UkDates.LONDON).toLocalTime();
    }

    public LocalTime endTime() {
        return endsAt == null ? null : endsAt.atZone(UkDates.LONDON).toLocalTime();
    }

    /**
     * Whether the rules' days and hours allow this meeting: on one of their days, starting no
     * earlier and ending no later than they say (UK time).
     */
    public boolean withinHoursOf(MeetingRules rules) {
        LocalDate day = day();
        return rules.getMeetingDays().contains(day.getDayOfWeek()) && !startTime().isBefore(rules.getEarliestStart())
                && !endTime().isAfter(rules.getLatestEnd()) && endsAt.atZone(UkDates.LONDON).toLocalDate().equals(day);
    }

    /**
     * The last moment the agenda and papers may be published: the rules' clear days lie wholly
     * between the day of publication and the day of the meeting (UK days).
     */
    public Instant agendaDueBy(MeetingRules rules) {
        return day().minusDays(rules.getAgendaNoticeDays()).atStartOfDay(UkDates.LONDON).toInstant();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = TypedText.tidy(title);
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getConvenedBy() {
        return convenedBy;
    }

    public void setConvenedBy(String convenedBy) {
        this.convenedBy = TypedText.tidy(convenedBy);
    }

    public String getConvenedBecause() {
        return convenedBecause;
    }

    public void setConvenedBecause(String convenedBecause) {
        this.convenedBecause = TypedText.tidy(convenedBecause);
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = TypedText.tidy(venue);
    }

    public String getJoiningDetails() {
        return joiningDetails;
    }

    public void setJoiningDetails(String joiningDetails) {
        this.joiningDetails = TypedText.tidy(joiningDetails);
    }

    public boolean isOpenToPublic() {
        return openToPublic;
    }

    public void setOpenToPublic(boolean openToPublic) {
        this.openToPublic = openToPublic;
    }

    public MeetingState getState() {
        return state;
    }

    public void setState(MeetingState state) {
        this.state = state;
    }

    public Instant getAgendaPublishedAt() {
        return agendaPublishedAt;
    }

    /** Freezes the agenda as published now. */
    public void publishAgenda(Instant now) {
        state = MeetingState.AGENDA_PUBLISHED;
        agendaPublishedAt = now;
    }
}
