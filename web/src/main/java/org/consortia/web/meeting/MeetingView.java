package org.consortia.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingDetails;
import org.consortia.meeting.MeetingKind;
import org.consortia.meeting.MeetingService;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.tenancy.WorkspacePage;

/**
 * One meeting: its details for everyone in the workspace, and the form the chair, vice-chair and
 * secretariat schedule, change or cancel it with. Without an id, the form for a new meeting.
 */
@Named
@ViewScoped
public class MeetingView implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    WorkspacePage workspacePage;

    private Long id;
    private MeetingDetails details;
    private Meeting meeting;
    private LocalDate day;
    private LocalTime startTime;
    private LocalTime endTime;

    /** Reads the meeting named in the address, or starts a new one for those who may schedule it. */
    public void load() {
        if (id == null) {
            details = new MeetingDetails(new Meeting(), meetings.mayManage(), false);
            if (!details.mayManage()) {
                throw new AccessDeniedException("Only the chair, vice-chair or secretariat"
                        + " schedules meetings.");
            }
        } else {
            details = meetings.find(id);
        }
        meeting = details.meeting();
        day = meeting.day();
        startTime = meeting.startTime();
        endTime = meeting.endTime();
    }

    public void save() throws IOException {
        meeting.scheduleOn(day, startTime, endTime);
        try {
            Meeting saved = id == null ? meetings.schedule(meeting) : meetings.update(meeting);
            FieldMessages.info("\"" + saved.getTitle() + "\" has been saved.");
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(workspacePage.link("meeting") + "?id=" + saved.getId());
        } catch (InvalidInputException invalid) {
            FieldMessages.show("form", invalid);
            showSaved();
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Your changes are still in the form: open the meeting in a new tab to see"
                    + " what was saved, then copy your changes across.");
            showSaved();
        }
    }

    /** The meeting as saved, for the details above the form, which keeps what was typed. */
    private void showSaved() {
        if (id != null) {
            details = meetings.find(id);
        }
    }

    public void cancelMeeting() throws IOException {
        try {
            Meeting cancelled = meetings.cancel(id, meeting.getVersion());
            FieldMessages.info("\"" + cancelled.getTitle() + "\" has been cancelled.");
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(workspacePage.link("meeting") + "?id=" + id);
        } catch (InvalidInputException invalid) {
            FieldMessages.error(null, String.join(" ", invalid.messagesByField().values()));
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Nothing was cancelled: open the meeting again to see it as saved.");
        }
    }

    public void recordHeld() throws IOException {
        try {
            Meeting held = meetings.recordHeld(id, meeting.getVersion());
            FieldMessages.info("\"" + held.getTitle() + "\" is recorded as held.");
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(workspacePage.link("meeting") + "?id=" + id);
        } catch (InvalidInputException invalid) {
            FieldMessages.error(null, String.join(" ", invalid.messagesByField().values()));
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Nothing was recorded: open the meeting again to see it as saved.");
        }
    }

    /** Whether the meeting has started, so that it may be recorded as held. */
    public boolean isStarted() {
        Meeting saved = details.meeting();
        return saved.getStartsAt() != null && !saved.getStartsAt().isAfter(Instant.now());
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingDetails getDetails() {
        return details;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }
}
