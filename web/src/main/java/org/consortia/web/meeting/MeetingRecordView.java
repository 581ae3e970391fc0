package org.consortia.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.identity.Account;
import org.consortia.meeting.ActionService;
import org.consortia.meeting.AttendanceStatus;
import org.consortia.meeting.Decision;
import org.consortia.meeting.DecisionMethod;
import org.consortia.meeting.MeetingGuest;
import org.consortia.meeting.MeetingRecord;
import org.consortia.meeting.MeetingRecordService;
import org.consortia.membership.WorkspaceRole;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.tenancy.WorkspacePage;

/**
 * The record of a meeting: attendance, observers and guests, and per item the declarations of
 * interest, the decision and the quorum. With an item named in the address, the decision form is for
 * that item, with its decision as recorded.
 */
@Named
@ViewScoped
public class MeetingRecordView implements Serializable {

    @Inject
    MeetingRecordService records;

    @Inject
    ActionService actions;

    @Inject
    WorkspacePage workspacePage;

    private Long meetingId;
    private Long itemId;
    private MeetingRecord record;
    private List<AttendanceLine> lines;
    private MeetingGuest guest;
    private Long declaredItemId;
    private Long declarerId;
    private String nature;
    private boolean withdrew;
    private Decision decision;
    private Long decisionVersion;
    private Long actionItemId;
    private String actionDescription;
    private Long actionOwnerId;
    private LocalDate actionDueOn;

    public void load() {
        record = records.read(meetingId);
        lines = record.attendance().stream().map(AttendanceLine::new).toList();
        guest = new MeetingGuest(record.meeting());
        decision = new Decision(null);
        decisionVersion = null;
        if (itemId != null) {
            MeetingRecord.ItemRecord chosen = record.items().stream()
                    .filter(item -> item.item().getId().equals(itemId)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("No such item on this agenda."));
            if (chosen.decision() != null) {
                Decision recorded = chosen.decision();
                decision.setResolution(recorded.getResolution());
                decision.setMethod(recorded.getMethod());
                decision.setVotesFor(recorded.getVotesFor());
                decision.setVotesAgainst(recorded.getVotesAgainst());
                decision.setAbstentions(recorded.getAbstentions());
                decision.setNotedNotDecided(recorded.isNotedNotDecided());
                decisionVersion = recorded.getVersion();
            }
        }
    }

    public void saveAttendance() throws IOException {
        try {
            records.recordAttendance(meetingId, lines.stream().map(AttendanceLine::entry).toList());
            FieldMessages.info("The attendance has been saved.");
            redirect("#attendance");
        } catch (InvalidInputException invalid) {
            FieldMessages.show(invalid, field -> lineIndexOf(field) == null ? null
                    : "attendance:lines:" + lineIndexOf(field) + ":substitute");
            record = records.read(meetingId);
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "What you entered is still in the form: open the meeting's record in a"
                    + " new tab to see what was saved, then enter your changes again.");
        }
    }

    /** The form's row for a message the service keyed by representative; null for one about the whole form. */
    private String lineIndexOf(String field) {
        for (int at = 0; at < lines.size(); at++) {
            if (field.equals("substitute-" + lines.get(at).getShown().getRepresentative().getId())) {
                return String.valueOf(at);
            }
        }
        return null;
    }

    public void addGuest() throws IOException {
        try {
            MeetingGuest added = records.addGuest(meetingId, guest);
            FieldMessages.info(added.getName() + " has been recorded as attending.");
            redirect("#guests");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("guest", invalid);
        }
    }

    public void removeGuest(MeetingGuest removed) throws IOException {
        try {
            records.removeGuest(removed.getId());
            FieldMessages.info(removed.getName() + " has been taken off the record.");
            redirect("#guests");
        } catch (InvalidInputException invalid) {
            FieldMessages.error(null, String.join(" ", invalid.messagesByField().values()));
        }
    }

    public void declare() throws IOException {
        if (declaredItemId == null) {
            FieldMessages.error("declaring:item", "Choose the item the interest is declared on.");
            return;
        }
        if (declarerId == null) {
            FieldMessages.error("declaring:declaredBy", "Choose who declared the interest.");
            return;
        }
        try {
            records.declare(declaredItemId, declarerId, nature, withdrew);
            FieldMessages.info("The declaration has been recorded.");
            redirect("#items");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("declaring", invalid);
        }
    }

    public void addAction() throws IOException {
        if (actionItemId == null) {
            FieldMessages.error("acting:item", "Choose the item the action arises from.");
            return;
        }
        try {
            actions.add(actionItemId, actionDescription, actionOwnerId, actionDueOn);
            FieldMessages.info("The action has been recorded: it is in the action log and on its owner's page until"
                    + " it is done.");
            redirect("#acting-heading");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("acting", invalid);
        }
    }

    /** Who may own an action: everyone in office on the meeting's day but observers, each once. */
    public List<Account> getOwners() {
        return record.attendance().stream().filter(row -> row.getRepresentative().getRole() != WorkspaceRole.OBSERVER)
                .map(row -> row.getRepresentative().getAccount()).distinct().toList();
    }

    public void saveDecision() throws IOException {
        try {
            records.recordDecision(itemId, decision, decisionVersion);
            FieldMessages.info("The decision has been recorded.");
            redirect("#items");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("deciding", invalid);
            record = records.read(meetingId);
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Your wording is still in the form: open the meeting's record in a new"
                    + " tab to see what was saved, then copy your changes across.");
        }
    }

    private void redirect(String anchor) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext()
                .redirect(workspacePage.link("meeting-record") + "?meeting=" + meetingId + anchor);
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public DecisionMethod[] getMethods() {
        return DecisionMethod.values();
    }

    /** The item the decision form is for. */
    public MeetingRecord.ItemRecord getChosenItem() {
        return itemId == null ? null : record.items().stream().filter(item -> item.item().getId().equals(itemId))
                .findFirst().orElse(null);
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public MeetingRecord getRecord() {
        return record;
    }

    public List<AttendanceLine> getLines() {
        return lines;
    }

    public MeetingGuest getGuest() {
        return guest;
    }

    public Long getDeclaredItemId() {
        return declaredItemId;
    }

    public void setDeclaredItemId(Long declaredItemId) {
        this.declaredItemId = declaredItemId;
    }

    public Long getDeclarerId() {
        return declarerId;
    }

    public void setDeclarerId(Long declarerId) {
        this.declarerId = declarerId;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    public boolean isWithdrew() {
        return withdrew;
    }

    public void setWithdrew(boolean withdrew) {
        this.withdrew = withdrew;
    }

    public Decision getDecision() {
        return decision;
    }

    public Long getActionItemId() {
        return actionItemId;
    }

    public void setActionItemId(Long actionItemId) {
        this.actionItemId = actionItemId;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public Long getActionOwnerId() {
        return actionOwnerId;
    }

    public void setActionOwnerId(Long actionOwnerId) {
        this.actionOwnerId = actionOwnerId;
    }

    public LocalDate getActionDueOn() {
        return actionDueOn;
    }

    public void setActionDueOn(LocalDate actionDueOn) {
        this.actionDueOn = actionDueOn;
    }
}
