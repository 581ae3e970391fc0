package org.consortia.meeting;

import java.io.Serializable;

/**
 * One line of the attendance form: the representative, what became of them, who came in their place,
 * and the version of their recorded attendance the form was shown (null when none was recorded).
 */
public record AttendanceEntry(long representativeId, AttendanceStatus status, String substitute, Long loadedVersion)
        implements Serializable {
}
