package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.consortia.membership.Representative;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;

/**
 * Whether a representative in office came to a meeting; one who did not may have sent a substitute
 * ("replacements at meetings"), who then attends, and counts, for the organisation.
 */
@Entity
@Table(name = "attendance")
@Audited
public class Attendance extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "representative_id", nullable = false, updatable = false)
    private Representative representative;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status = AttendanceStatus.ABSENT;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(length = 200)
    private String substitute;

    protected Attendance() {
    }

    public Attendance(Meeting meeting, Representative representative) {
        this.meeting = meeting;
        this.representative = representative;
    }

    /** Whether someone took part for the organisation: the representative, or their substitute. */
    public boolean attended() {
        return status == AttendanceStatus.PRESENT || substitute != null;
    }

    /** Who took part: the substitute if one came, otherwise the representative. */
    public String attendeeName() {
        return substitute != null ? substitute + " (for " + representative.getAccount().getName() + ")"
                : representative.getAccount().getName();
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Representative getRepresentative() {
        return representative;
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
        this.substitute = TypedText.tidy(substitute);
    }
}
