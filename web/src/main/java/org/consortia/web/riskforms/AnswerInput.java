package org.consortia.web.riskforms;

import java.io.Serializable;
import java.util.Objects;
import org.consortia.riskforms.AnswerEdit;
import org.consortia.riskforms.FormAnswer;
import org.consortia.riskforms.FormQuestion;
import org.consortia.riskforms.Response;
import org.consortia.validation.TypedText;

/**
 * What the user has typed for one question, beside the answer it started from: only answers the user
 * changed are sent, each against the version it was loaded at.
 */
public class AnswerInput implements Serializable {

    private final FormQuestion question;
    private Response response;
    private String comments;
    private Response loadedResponse;
    private String loadedComments;
    private long loadedVersion;
    private FormAnswer theirs;

    AnswerInput(FormQuestion question, FormAnswer stored) {
        this.question = question;
        reset(stored);
    }

    /** Starts again from the stored answer, as after a save. */
    void reset(FormAnswer stored) {
        response = stored.getResponse();
        comments = stored.getComments();
        rebase(stored);
        theirs = null;
    }

    /**
     * Keeps what the user typed but takes the stored answer as its new starting point, after the user
     * has been shown it: saving again then replaces it knowingly.
     */
    void rebase(FormAnswer stored) {
        loadedResponse = stored.getResponse();
        loadedComments = stored.getComments();
        loadedVersion = stored.getVersion();
    }

    void showTheirs(FormAnswer stored) {
        theirs = stored;
        rebase(stored);
    }

    boolean isChanged() {
        return response != loadedResponse || !Objects.equals(TypedText.tidy(comments), loadedComments);
    }

    AnswerEdit edit() {
        return new AnswerEdit(question.number(), response, comments, loadedVersion);
    }

    public FormQuestion getQuestion() {
        return question;
    }

    public Response getResponse() {
        return response;
    }

    public void setResponse(Response response) {
        this.response = response;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    /** Someone else's answer that clashed with this one at the last save, or null. */
    public FormAnswer getTheirs() {
        return theirs;
    }
}
