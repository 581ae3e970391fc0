package org.consortia.web.chain;

import java.util.List;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.HistoryEntry;

/** Every saved change to the answers of one of a partnership's numbered council forms, newest first. */
public abstract class NumberedFormHistoryView {

    private Long id;
    private Integer number;
    private List<HistoryEntry> newestFirst;

    /** The changes to the partnership's form numbered (the newest when {@code number} is null), newest first. */
    protected abstract List<HistoryEntry> historyOf(long partnershipId, Integer number);

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("No partnership chosen.");
        }
        newestFirst = historyOf(id, number);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public List<HistoryEntry> getNewestFirst() {
        return newestFirst;
    }
}
