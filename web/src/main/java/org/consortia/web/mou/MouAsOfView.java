package org.consortia.web.mou;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.HistoryService;
import org.consortia.mou.MouSection;
import org.consortia.mou.MouService;

/** The whole Memorandum as it stood at one revision, or when one signature was made. */
@Named
@RequestScoped
public class MouAsOfView {

    @Inject
    MouService mou;

    @Inject
    HistoryService history;

    private Integer revision;
    private Long signature;
    private List<MouSection> sections;
    private Instant madeAt;

    public void load() {
        if (signature != null) {
            sections = mou.asSigned(signature);
        } else if (revision != null) {
            sections = mou.asOf(revision);
            madeAt = history.madeAt(revision);
        } else {
            throw new RecordNotFoundException("Choose a revision or a signature.");
        }
    }

    public Integer getRevision() {
        return revision;
    }

    public void setRevision(Integer revision) {
        this.revision = revision;
    }

    public Long getSignature() {
        return signature;
    }

    public void setSignature(Long signature) {
        this.signature = signature;
    }

    /** When the revision shown was made; null when a signature is shown. */
    public Instant getMadeAt() {
        return madeAt;
    }

    public List<MouSection> getSections() {
        return sections;
    }
}
