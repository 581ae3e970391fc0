package org.consortia.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.annotations.Immutable;

/** The bytes of a document attached to a form, written once, kept apart so that listing documents never reads them. */
@Entity
@Immutable
@Table(name = "form_document_content")
public class FormDocumentContent extends WorkspaceEntity {

    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected FormDocumentContent() {
    }

    public FormDocumentContent(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes;
    }
}
