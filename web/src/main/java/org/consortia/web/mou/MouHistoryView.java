package org.consortia.web.mou;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.TextDiff;
import org.consortia.mou.MouDocument;
import org.consortia.mou.MouHeading;
import org.consortia.mou.MouService;
import org.consortia.mou.SectionConflictException;
import org.consortia.mou.SectionRevision;
import org.consortia.mou.SignaturesWouldBeVoidedException;
import org.consortia.web.faces.FieldMessages;

/** A section's revisions: compare any two, open the whole Memorandum as of one, restore an earlier text. */
@Named
@ViewScoped
public class MouHistoryView implements Serializable {

    @Inject
    MouService mou;

    private String heading;
    private MouHeading section;
    private List<SectionRevision> newestFirst;
    private Integer from;
    private Integer to;
    private boolean mayEdit;
    private long startingVersion;
    private SectionRevision restoreAwaitingConfirmation;
    private Set<Long> voidingShown = Set.of();
    private String voidingWarning;

    public void load() {
        if (section != null) {
            return;
        }
        section = parse(heading);
        refresh();
        if (newestFirst.size() > 1) {
            to = newestFirst.get(0).revision();
            from = newestFirst.get(1).revision();
        }
    }

    /** Reads the revisions and the version they end at, which a restore must still find current. */
    private void refresh() {
        MouDocument document = mou.current();
        startingVersion = document.sections().stream().filter(s -> s.getHeading() == section).findFirst()
                .orElseThrow().getVersion();
        mayEdit = document.mayEdit();
        newestFirst = new ArrayList<>(mou.revisionsOf(section));
        Collections.reverse(newestFirst);
    }

    public List<TextDiff.Line> getDiff() {
        if (from == null || to == null) {
            return List.of();
        }
        return TextDiff.between(contentAt(from), contentAt(to));
    }

    public void restore(SectionRevision revision) {
        restore(revision, Set.of());
    }

    /** Restores the revision the user was asked about, voiding the signatures they were told of. */
    public void confirmRestore() {
        SectionRevision revision = restoreAwaitingConfirmation;
        if (revision == null) {
            // Sent twice: the first press has already restored it, or was cancelled.
            refresh();
            return;
        }
        restore(revision, voidingShown);
    }

    public void cancelRestore() {
        restoreAwaitingConfirmation = null;
        voidingWarning = null;
    }

    private void restore(SectionRevision revision, Set<Long> voidingConfirmed) {
        restoreAwaitingConfirmation = null;
        voidingWarning = null;
        try {
            mou.restore(section, revision.revision(), startingVersion, voidingConfirmed);
            FieldMessages.info("The text of version " + revision.version() + " has been saved as the newest version.");
        } catch (SignaturesWouldBeVoidedException voiding) {
            restoreAwaitingConfirmation = revision;
            voidingShown = voiding.signatureIds();
            voidingWarning = voiding.getMessage();
        } catch (SectionConflictException conflict) {
            FieldMessages.error(null, "Someone saved this section after you opened this page. Nothing was restored;"
                    + " the list now shows their version too.");
        } catch (AccessDeniedException refused) {
            FieldMessages.error(null, refused.getMessage());
        }
        refresh();
    }

    private String contentAt(int revision) {
        return newestFirst.stream().filter(saved -> saved.revision() == revision).findFirst()
                .map(SectionRevision::content).orElse("");
    }

    private static MouHeading parse(String name) {
        for (MouHeading candidate : MouHeading.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw new RecordNotFoundException("No such heading.");
    }

    /** The revision whose restoring waits for the user to confirm voiding signatures, if any. */
    public SectionRevision getRestoreAwaitingConfirmation() {
        return restoreAwaitingConfirmation;
    }

    public String getVoidingWarning() {
        return voidingWarning;
    }

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }

    public MouHeading getSection() {
        return section;
    }

    public List<SectionRevision> getNewestFirst() {
        return newestFirst;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }
}
