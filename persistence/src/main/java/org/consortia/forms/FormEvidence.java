package org.consortia.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;

/**
 * What the portal read from its own records as evidence for one question of a form, when the form
 * was started: the finding in words, the page it was read from and when. Kept as it was read, for
 * the person answering to confirm or disagree with.
 */
@Entity
@Table(name = "form_evidence")
@Audited
public class FormEvidence extends WorkspaceEntity {

    public static final int FINDING_LIMIT = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private FilledForm form;

    @Column(nullable = false, length = 60, updatable = false)
    private String question;

    @Column(nullable = false, length = FINDING_LIMIT, updatable = false)
    private String finding;

    /** The portal's page the finding was read from, from the application's root. */
    @Column(nullable = false, length = 300, updatable = false)
    private String link;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected FormEvidence() {
    }

    public FormEvidence(FilledForm form, String question, String finding, String link, Instant readAt) {
        this.form = form;
        this.question = question;
        this.finding = finding.length() > FINDING_LIMIT ? finding.substring(0, FINDING_LIMIT) : finding;
        this.link = link;
        this.readAt = readAt;
    }

    public FilledForm getForm() {
        return form;
    }

    public String getQuestion() {
        return question;
    }

    public String getFinding() {
        return finding;
    }

    public String getLink() {
        return link;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
