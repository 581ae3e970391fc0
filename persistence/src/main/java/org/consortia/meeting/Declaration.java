package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;

/**
 * An interest declared on an agenda item by someone taking part, and whether they withdrew for it:
 * one who withdrew no longer counts towards the item's quorum.
 */
@Entity
@Table(name = "declaration")
@Audited
public class Declaration extends WorkspaceEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, updatable = false)
    private AgendaItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendance_id", nullable = false, updatable = false)
    private Attendance declaredBy;

    @NotBlank(message = "{declaration.nature.required}")
    @Size(max = 2000, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 2000)
    private String nature;

    @Column(nullable = false)
    private boolean withdrew;

    protected Declaration() {
    }

    public Declaration(AgendaItem item, Attendance declaredBy) {
        this.item = item;
        this.declaredBy = declaredBy;
    }

    public AgendaItem getItem() {
        return item;
    }

    public Attendance getDeclaredBy() {
        return declaredBy;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = TypedText.tidy(nature);
    }

    public boolean isWithdrew() {
        return withdrew;
    }

    public void setWithdrew(boolean withdrew) {
        this.withdrew = withdrew;
    }
}
