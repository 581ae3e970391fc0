package org.consortia.web.mou;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.TextDiff;
import org.consortia.listing.Page;
import org.consortia.mou.MouDocument;
import org.consortia.mou.MouHeading;
import org.consortia.mou.MouService;
import org.consortia.mou.SectionConflictException;
import org.consortia.mou.SectionRevision;
import org.consortia.mou.SignaturesWouldBeVoidedException;
import org.consortia.web.faces.FieldMessages;

/**
 * A section's revisions, a page of ten at a time, newest first: compare any two of the page, open
 * the whole Memorandum as of one, restore an earlier text.
 */
@Named
@ViewScoped
public class MouHistoryView implements Serializable {

    @Inject
    MouService mou;

    static final int PER_PAGE = 10;

    private String heading;
    private int page = 1;
    private MouHeading section;
    private List<SectionRevision> newestFirst;
    private long total;
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
        Page<SectionRevision> revisions = mou.revisionsOf(section, (page - 1) * PER_PAGE, PER_PAGE);
        if (revisions.items().isEmpty() && page > 1) {
            throw new RecordNotFoundException("There is no such page of versions.");
        }
        newestFirst = revisions.items();
        total = revisions.total();
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

    public Integer getPage() {
        return page;
    }

    /** The page asked for in the address, from 1; anything else is the first. */
    public void setPage(Integer page) {
        this.page = page == null || page < 1 ? 1 : page;
    }

    public long getTotal() {
        return total;
    }

    public boolean isNewerPage() {
        return page > 1;
    }

    public boolean isOlderPage() {
        return (long) page * PER_PAGE < total;
    }

    /** "Every version, newest first", or which of them this page shows when there are more than ten. */
    public String getVersionsHeading() {
        if (total <= PER_PAGE) {
            return "Every version, newest first";
        }
        return "Versions " + getTopVersion() + " to " + (getTopVersion() - newestFirst.size() + 1) + " of " + total
                + ", newest first";
    }

    /** The version the page's list starts from, for its numbering. */
    public int getTopVersion() {
        return newestFirst == null || newestFirst.isEmpty() ? 0 : newestFirst.get(0).version();
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
