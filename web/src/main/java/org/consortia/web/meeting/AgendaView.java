package org.consortia.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.meeting.Agenda;
import org.consortia.meeting.AgendaItem;
import org.consortia.meeting.AgendaService;
import org.consortia.meeting.MeetingPaper;
import org.consortia.upload.AcceptedTypes;
import org.consortia.upload.UploadCheck;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.tenancy.WorkspacePage;

/**
 * A meeting's agenda: its items in order with their papers for everyone in the workspace, and for the
 * chair, vice-chair and secretariat the forms that add, change, order and remove items, add and
 * replace papers, and publish the agenda. With an item named in the address, the item form changes it.
 */
@Named
@ViewScoped
public class AgendaView implements Serializable {

    @Inject
    AgendaService agendas;

    @Inject
    WorkspacePage workspacePage;

    private Long meetingId;
    private Long itemId;
    private Agenda agenda;
    private AgendaItem item;
    private Long paperItemId;
    private Long replacedPaperId;
    private transient Part file;
    private transient Part replacement;

    public void load() {
        agenda = agendas.read(meetingId);
        item = itemId == null ? new AgendaItem(agenda.meeting()) : agenda.entries().stream()
                .map(Agenda.Entry::item).filter(shown -> shown.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No such item on this agenda."));
    }

    public void saveItem() throws IOException {
        try {
            AgendaItem saved = itemId == null ? agendas.addItem(meetingId, item) : agendas.updateItem(item);
            FieldMessages.info("\"" + saved.getTitle() + "\" has been saved.");
            redirectToAgenda();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("agendaItem", invalid);
            agenda = agendas.read(meetingId);
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Your changes are still in the form: open the agenda in a new tab to see"
                    + " what was saved, then copy your changes across.");
            agenda = agendas.read(meetingId);
        }
    }

    public void move(AgendaItem moved, boolean up) throws IOException {
        try {
            agendas.move(moved.getId(), moved.getVersion(), up);
            redirectToAgenda();
        } catch (InvalidInputException invalid) {
            FieldMessages.error(null, String.join(" ", invalid.messagesByField().values()));
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Nothing was moved: open the agenda again to see it as saved.");
        }
    }

    public void remove(AgendaItem removed) throws IOException {
        try {
            agendas.removeItem(removed.getId(), removed.getVersion());
            FieldMessages.info("\"" + removed.getTitle() + "\" has been taken off the agenda.");
            redirectToAgenda();
        } catch (InvalidInputException invalid) {
            FieldMessages.error(null, String.join(" ", invalid.messagesByField().values()));
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Nothing was removed: open the agenda again to see it as saved.");
        }
    }

    public void addPaper() throws IOException {
        if (paperItemId == null) {
            FieldMessages.error("paper:item", "Choose the item the paper belongs to.");
            return;
        }
        try {
            MeetingPaper added = agendas.addPaper(paperItemId, nameOf(file), bytesOf(file));
            FieldMessages.info("\"" + added.getFileName() + "\" has been added.");
            redirectToAgenda();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("paper", invalid);
        }
    }

    public void replacePaper() throws IOException {
        MeetingPaper shown = agenda.entries().stream().flatMap(entry -> entry.papers().stream())
                .filter(paper -> paper.getId().equals(replacedPaperId)).findFirst().orElse(null);
        if (shown == null) {
            FieldMessages.error("replacing:paper", "Choose the paper to replace.");
            return;
        }
        try {
            MeetingPaper replaced = agendas.replacePaper(shown.getId(), shown.getVersion(), nameOf(replacement),
                    bytesOf(replacement));
            FieldMessages.info("\"" + shown.getFileName() + "\" has been replaced by \"" + replaced.getFileName()
                    + "\"; the earlier version stays in its history.");
            redirectToAgenda();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("replacing", invalid);
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Nothing was replaced: open the agenda again to see it as saved.");
        }
    }

    public void publish() throws IOException {
        try {
            agendas.publish(meetingId, agenda.meeting().getVersion());
            FieldMessages.info("The agenda has been published: everyone in the partnership is told of it on their"
                    + " page, and its order can no longer change.");
            redirectToAgenda();
        } catch (InvalidInputException invalid) {
            FieldMessages.error(null, String.join(" ", invalid.messagesByField().values()));
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "The agenda was not published: open it again to see it as saved.");
        }
    }

    /** Papers of every item shown, for the replacement form's choice. */
    public List<MeetingPaper> getPapers() {
        return agenda.entries().stream().flatMap(entry -> entry.papers().stream()).toList();
    }

    public String typeOf(MeetingPaper paper) {
        return AcceptedTypes.PAPERS.labelOf(paper.getMediaType());
    }

    public String sizeOf(MeetingPaper paper) {
        long bytes = paper.getSizeBytes();
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
                : String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public String getMaximumSize() {
        return UploadCheck.MAX_BYTES / (1024 * 1024) + " MB";
    }

    private static String nameOf(Part part) {
        return part == null ? null : part.getSubmittedFileName();
    }

    /** The uploaded bytes, which the server's limit on a form's size keeps within reason. */
    private static byte[] bytesOf(Part part) throws IOException {
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private void redirectToAgenda() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext()
                .redirect(workspacePage.link("agenda") + "?meeting=" + meetingId);
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

    public Agenda getAgenda() {
        return agenda;
    }

    public AgendaItem getItem() {
        return item;
    }

    public Long getPaperItemId() {
        return paperItemId;
    }

    public void setPaperItemId(Long paperItemId) {
        this.paperItemId = paperItemId;
    }

    public Long getReplacedPaperId() {
        return replacedPaperId;
    }

    public void setReplacedPaperId(Long replacedPaperId) {
        this.replacedPaperId = replacedPaperId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Part getReplacement() {
        return replacement;
    }

    public void setReplacement(Part replacement) {
        this.replacement = replacement;
    }
}
