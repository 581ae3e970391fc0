package org.consortia.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.consortia.access.InvalidInputException;
import org.consortia.meeting.MeetingService;
import org.consortia.meeting.SchedulingPoll;
import org.consortia.meeting.SchedulingPollService;
import org.consortia.meeting.SchedulingPollService.SlotDraft;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.tenancy.WorkspacePage;

/** The scheduling polls page ({@code polls.xhtml}): the polls, and proposing times for a meeting. */
@Named
@ViewScoped
public class PollsView implements Serializable {

    private static final int ROWS_AT_FIRST = 4;
    private static final int ROWS_ADDED = 3;

    @Inject
    SchedulingPollService polls;

    @Inject
    MeetingService meetings;

    @Inject
    WorkspacePage workspacePage;

    private List<SchedulingPoll> list;
    private boolean mayPropose;
    private String title;
    private final List<SlotRow> rows = new ArrayList<>();

    /** One row of the form: a proposed day and times. */
    public static class SlotRow implements Serializable {
        private LocalDate day;
        private LocalTime start;
        private LocalTime end;

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate day) {
            this.day = day;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }
    }

    @PostConstruct
    void init() {
        list = polls.polls();
        mayPropose = meetings.mayManage();
        for (int row = 0; row < ROWS_AT_FIRST; row++) {
            rows.add(new SlotRow());
        }
    }

    public void addRows() {
        for (int row = 0; row < ROWS_ADDED && rows.size() < SchedulingPollService.MOST_SLOTS; row++) {
            rows.add(new SlotRow());
        }
    }

    public void propose() throws IOException {
        try {
            SchedulingPoll poll = polls.propose(title, rows.stream()
                    .map(row -> new SlotDraft(row.getDay(), row.getStart(), row.getEnd())).toList());
            FieldMessages.info("The poll has been made: representatives answer it on its page.");
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(workspacePage.link("poll") + "?id=" + poll.getId());
        } catch (InvalidInputException invalid) {
            FieldMessages.show(invalid, field -> field.startsWith("slot-")
                    ? "propose:rows:" + field.substring("slot-".length()) + ":day"
                    : field.equals("title") ? "propose:title" : null);
        }
    }

    public boolean isMayPropose() {
        return mayPropose;
    }

    public boolean isMayAddRows() {
        return rows.size() < SchedulingPollService.MOST_SLOTS;
    }

    public List<SchedulingPoll> getList() {
        return list;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<SlotRow> getRows() {
        return rows;
    }
}
