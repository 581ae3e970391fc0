package org.consortia.web.mou;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.TextDiff;
import org.consortia.mou.MouHeading;
import org.consortia.mou.MouSection;
import org.consortia.mou.MouService;
import org.consortia.mou.SectionConflictException;
import org.consortia.mou.SectionRevision;
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

    private void refresh() {
        newestFirst = new ArrayList<>(mou.revisionsOf(section));
        Collections.reverse(newestFirst);
        mayEdit = mou.current().mayEdit();
    }

    public List<TextDiff.Line> getDiff() {
        if (from == null || to == null) {
            return List.of();
        }
        return TextDiff.between(contentAt(from), contentAt(to));
    }

    public void restore(SectionRevision revision) {
        MouSection current = mou.current().sections().stream().filter(s -> s.getHeading() == section).findFirst()
                .orElseThrow();
        try {
            mou.restore(section, revision.revision(), current.getVersion());
            FieldMessages.info("The text of revision " + revision.revision() + " has been saved as the newest version.");
        } catch (SectionConflictException | AccessDeniedException refused) {
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
