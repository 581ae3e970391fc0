package org.consortia.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;

/**
 * One form of a workspace filled in from a template: which template, the version of it the answers
 * were given against, and where the form stands. A workspace's forms of one template are numbered
 * from 1 (a business case is made again each year; a checklist is kept once).
 */
@Entity
@Table(name = "filled_form")
@Audited
public class FilledForm extends WorkspaceEntity {

    @Column(name = "template_key", nullable = false, length = 60, updatable = false)
    private String templateKey;

    @Column(name = "template_version", nullable = false, updatable = false)
    private int templateVersion;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FormState state = FormState.DRAFT;

    /** The first day of the period the form reports on; null for a form that reports on no period. */
    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    protected FilledForm() {
    }

    public FilledForm(FormTemplate template, int sequenceNumber) {
        this.templateKey = template.key();
        this.templateVersion = template.version();
        this.sequenceNumber = sequenceNumber;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public FormState getState() {
        return state;
    }

    public void setState(FormState state) {
        this.state = state;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    /** Sets the period the form reports on, from its first day to its last. */
    public void reportsOn(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period ends on or after its first day: " + start + " to " + end);
        }
        this.periodStart = start;
        this.periodEnd = end;
    }
}
