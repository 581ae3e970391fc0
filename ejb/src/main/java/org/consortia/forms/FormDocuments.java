package org.consortia.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.export.Download;
import org.consortia.export.UploadedNames;
import org.consortia.identity.Account;
import org.consortia.tenancy.WorkspaceRecords;
import org.consortia.upload.AcceptedTypes;
import org.consortia.upload.UploadCheck;
import org.consortia.upload.UploadedFile;

/**
 * The documents attached to the current workspace's forms: uploaded for a question whose answer is
 * a document, checked before anything is kept, and handed out as attachments. The services of each
 * workflow check who may attach and read them first.
 */
@ApplicationScoped
public class FormDocuments {

    /** What a question's link names when its answer is a document. */
    public static final String LINK_KIND = "document";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    UploadCheck uploads;

    @Inject
    FormTemplates templates;

    /**
     * Keeps the uploaded file as a document of the workspace's newest form of the template, which the
     * caller's transaction holds a lock on, and answers the value that attaches it ("document:12").
     */
    public String attach(String templateKey, DocumentUpload upload, long accountId) {
        FormSetup.createMissing(entityManager, templates, templateKey);
        FilledForm form = FormRecords.current(entityManager, templateKey);
        String field = "answer-" + upload.question() + ".value";
        TemplateQuestion question = templates.of(form).question(upload.question())
                .filter(asked -> asked.kind() == AnswerKind.LINK && LINK_KIND.equals(asked.linkTo()))
                .orElseThrow(() -> InvalidInputException.of(field, "This question does not take a document."));
        UploadedFile file = uploads.check(field, upload.fileName(), upload.content(), AcceptedTypes.DOCUMENTS);
        FormDocumentContent content = new FormDocumentContent(file.content());
        entityManager.persist(content);
        entityManager.flush();
        FormDocument document = new FormDocument(form, question.id(), file.name(), file.mediaType(), content,
                file.sha256(), entityManager.getReference(Account.class, accountId), Instant.now());
        entityManager.persist(document);
        entityManager.flush();
        return LINK_KIND + ":" + document.getId();
    }

    /** Every document attached to the workspace's forms of the template, the first added first. */
    public List<FormDocument> of(String templateKey) {
        return entityManager.createQuery("select d from FormDocument d join fetch d.addedBy"
                        + " where d.form.templateKey = :key order by d.id", FormDocument.class)
                .setParameter("key", templateKey).getResultList();
    }

    /** The workspace's document of a form of the template, if there is one with that id. */
    public Optional<FormDocument> find(String templateKey, long id) {
        return WorkspaceRecords.find(entityManager, FormDocument.class, id)
                .filter(document -> document.getForm().getTemplateKey().equals(templateKey));
    }

    /** The document as it was uploaded, to hand out as an attachment. */
    public Download download(String templateKey, long id) {
        FormDocument document = find(templateKey, id)
                .orElseThrow(() -> new RecordNotFoundException("No such document."));
        FormDocumentContent content = WorkspaceRecords.find(entityManager, FormDocumentContent.class,
                document.getContentId()).orElseThrow(() -> new RecordNotFoundException("No such document."));
        return new Download(UploadedNames.downloadName(LINK_KIND, document.getId(), document.getFileName()),
                document.getMediaType(), content.getBytes());
    }
}
