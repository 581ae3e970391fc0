package org.consortia.meeting;

import java.io.Serializable;

/**
 * A meeting as its page shows it: whether the caller may manage it, and, for those who may, whether
 * it falls outside the days and hours the meeting rules allow.
 */
public record MeetingDetails(Meeting meeting, boolean mayManage, boolean outsideHours) implements Serializable {
}
