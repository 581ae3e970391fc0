package org.consortia.forms;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.consortia.access.Action;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.HistoryEntry;
import org.consortia.tenancy.WorkspaceAccess;

/**
 * The workspace's forms kept as shared records (the risk management forms of Appendices C and 9).
 * Everyone in the workspace reads them; those who keep the shared records answer them. Each answer is
 * saved on its own version, so two people answering different questions both succeed, and an answer
 * someone else changed meanwhile is never overwritten.
 */
@Stateless
public class FormService {

    @Inject
    WorkspaceAccess access;

    @Inject
    FormRecords records;

    @Inject
    FormTemplates templates;

    @Inject
    FormHistory formHistory;

    /**
     * The form as the workspace has answered it. Before anyone has saved, the form and its answers
     * come back blank and unstored, so reading a form never writes to it.
     */
    public FormContents open(String templateKey) {
        access.require(Action.VIEW_WORKSPACE);
        requireSharedRecord(templateKey);
        return stored(templateKey);
    }

    /** The form as answered, laid out as the framework prints it, for anyone in the workspace. */
    public byte[] exportPdf(String templateKey) {
        String partnershipName = access.require(Action.VIEW_WORKSPACE).name();
        requireSharedRecord(templateKey);
        return FormPdf.write(partnershipName, stored(templateKey));
    }

    /** Only the forms partners keep as shared records are theirs to open here: a business case is the council's. */
    private void requireSharedRecord(String templateKey) {
        if (templates.latest(templateKey).workflow() != FormWorkflow.SHARED_RECORD) {
            throw new RecordNotFoundException("No such form.");
        }
    }

    private FormContents stored(String templateKey) {
        return records.stored(templateKey);
    }

    /**
     * Saves the changed answers and completion details (null when unchanged) all together, or
     * nothing: see {@link FormRecords#save}.
     */
    public FormContents save(String templateKey, List<AnswerEdit> edits, SignOffEdit signOffEdit) {
        access.require(Action.EDIT_SHARED_RECORDS);
        requireSharedRecord(templateKey);
        return records.save(templateKey, edits, signOffEdit, () -> access.require(Action.EDIT_SHARED_RECORDS));
    }

    /**
     * Every saved change to the form, newest first: one entry per save, naming the question each
     * change belongs to and showing answers in words.
     */
    public List<HistoryEntry> history(String templateKey) {
        return formHistory.of(open(templateKey));
    }
}
