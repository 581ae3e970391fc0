package org.consortia.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
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
}
