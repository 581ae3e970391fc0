package org.consortia.web.meeting;

import java.io.Serializable;
import org.consortia.meeting.Attendance;
import org.consortia.meeting.AttendanceEntry;
import org.consortia.meeting.AttendanceStatus;

/** One representative's line of the attendance form, as typed. */
public class AttendanceLine implements Serializable {

    private final Attendance shown;
    private AttendanceStatus status;
    private String substitute;

    AttendanceLine(Attendance shown) {
        this.shown = shown;
        this.status = shown.getStatus();
        this.substitute = shown.getSubstitute();
    }

    AttendanceEntry entry() {
        return new AttendanceEntry(shown.getRepresentative().getId(), status, substitute,
                shown.getId() == null ? null : shown.getVersion());
    }

    public Attendance getShown() {
        return shown;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    public String getSubstitute() {
        return substitute;
    }

    public void setSubstitute(String substitute) {
        this.substitute = substitute;
    }
}
