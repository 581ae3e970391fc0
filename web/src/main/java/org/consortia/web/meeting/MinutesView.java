package org.consortia.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.meeting.AgendaItem;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MinutesDocument;
import org.consortia.meeting.MinutesItem;
import org.consortia.meeting.MinutesService;
import org.consortia.meeting.MinutesSigning;
import org.consortia.saving.TextConflictException;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.tenancy.WorkspacePage;

/**
 * The minutes page ({@code minutes.xhtml}): the minutes drafted from the meeting's record, the
 * discussion of one item edited at a time, putting them to a later meeting, the chair's signature
 * and corrections after signing.
 */
@Named
@ViewScoped
public class MinutesView implements Serializable {

    @Inject
    MinutesService minutes;

    @Inject
    MinutesSigning signing;

    @Inject
    WorkspacePage workspacePage;

    private Long meetingId;
    private MinutesDocument document;

    private Long editingItemId;
    private String editingTitle;
    private long startingVersion;
    private String draft;
    private TextConflictException conflict;

    private List<Meeting> candidates;
    private Long laterMeetingId;
    private String reason;
    private String password;
    private String code;

    public void load() {
        document = minutes.read(meetingId);
    }

    public void edit(AgendaItem item) {
        MinutesItem discussion = document.discussionOf(item);
        editingItemId = item.getId();
        editingTitle = item.getTitle();
        startingVersion = discussion == null ? -1 : discussion.getVersion();
        draft = discussion == null ? "" : discussion.getDiscussion();
        conflict = null;
    }

    public void save() throws IOException {
        try {
            minutes.saveDiscussion(editingItemId, startingVersion, draft);
            FieldMessages.info("The minutes of “" + editingTitle + "” have been saved.");
            redirect("#item-" + editingItemId);
        } catch (TextConflictException clash) {
            conflict = clash;
            startingVersion = clash.theirVersion();
            FieldMessages.conflict(clash, "Their text and the differences are shown beside yours: merge them in the"
                    + " editor and save again.");
            load();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("editor", invalid);
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Your text is still in the editor.");
            load();
        }
    }

    public void cancel() {
        editingItemId = null;
        conflict = null;
    }

    /** Offers the later meetings whose agendas are still open. */
    public void chooseMeeting() {
        candidates = minutes.approvalCandidates(meetingId);
        laterMeetingId = candidates.isEmpty() ? null : candidates.get(0).getId();
    }

    public void putForApproval() throws IOException {
        try {
            AgendaItem item = minutes.putForApproval(meetingId, laterMeetingId == null ? -1 : laterMeetingId);
            FieldMessages.info("The minutes are on the agenda of " + item.getMeeting().getTitle() + ": the decision"
                    + " recorded on that item approves them.");
            redirect("#approval-state");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("approval", invalid);
        }
    }

    public void sign() throws IOException {
        try {
            signing.sign(meetingId, password, code, document.contentHash());
            FieldMessages.info("You have signed the minutes: they are now locked.");
            redirect("#signature");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("signing", invalid);
            load();
        } catch (AccessDeniedException refused) {
            FieldMessages.error(null, refused.getMessage() + " The minutes were not signed.");
        } finally {
            password = null;
            code = null;
        }
    }

    public void correct() throws IOException {
        try {
            minutes.correct(meetingId, reason);
            FieldMessages.info("The minutes are open for correction. The chair's signature is void until they sign"
                    + " the corrected minutes.");
            redirect("#signature");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("correction", invalid);
            load();
        }
    }

    public boolean isEditing(AgendaItem item) {
        return item.getId().equals(editingItemId);
    }

    public String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, 12) + "…";
    }

    private void redirect(String anchor) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext()
                .redirect(workspacePage.link("minutes") + "?meeting=" + meetingId + anchor);
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public MinutesDocument getDocument() {
        return document;
    }

    public Long getEditingItemId() {
        return editingItemId;
    }

    public String getEditingTitle() {
        return editingTitle;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    public TextConflictException getConflict() {
        return conflict;
    }

    public List<Meeting> getCandidates() {
        return candidates;
    }

    public Long getLaterMeetingId() {
        return laterMeetingId;
    }

    public void setLaterMeetingId(Long laterMeetingId) {
        this.laterMeetingId = laterMeetingId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
