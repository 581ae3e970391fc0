package org.consortia.web.history;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;

/** The history of one record, newest revision first. */
@Named
@RequestScoped
public class HistoryView {

    private static final Set<HistoricRecord> WORKSPACE_RECORDS =
            EnumSet.of(HistoricRecord.PARTNERSHIP, HistoricRecord.MEMBERSHIP, HistoricRecord.REPRESENTATIVE,
                    HistoricRecord.MOU_SECTION, HistoricRecord.RISK_ENTRY, HistoricRecord.MEETING_RULES,
                    HistoricRecord.MEETING, HistoricRecord.AGENDA_ITEM, HistoricRecord.MEETING_PAPER,
                    HistoricRecord.MINUTES, HistoricRecord.MINUTES_ITEM);
    private static final Set<HistoricRecord> ADMINISTRATION_RECORDS =
            EnumSet.of(HistoricRecord.ACCOUNT, HistoricRecord.ORGANISATION);

    @Inject
    HistoryService history;

    private Long id;
    private String record;
    private HistoricRecord kind;
    private List<HistoryEntry> newestFirst;

    public void loadPartnership() {
        load(HistoricRecord.PARTNERSHIP);
    }

    /** For the workspace's history page: records of the workspace and the partnership itself. */
    public void loadWorkspaceRecord() {
        load(parse(WORKSPACE_RECORDS));
    }

    public void loadAdministrationRecord() {
        load(parse(ADMINISTRATION_RECORDS));
    }

    private HistoricRecord parse(Set<HistoricRecord> allowed) {
        for (HistoricRecord candidate : allowed) {
            if (candidate.name().equalsIgnoreCase(record)) {
                return candidate;
            }
        }
        throw new RecordNotFoundException("No such kind of record.");
    }

    private void load(HistoricRecord historic) {
        if (id == null) {
            throw new RecordNotFoundException("No record chosen.");
        }
        kind = historic;
        newestFirst = new ArrayList<>(history.historyOf(historic, id));
        Collections.reverse(newestFirst);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public HistoricRecord getKind() {
        return kind;
    }

    public List<HistoryEntry> getNewestFirst() {
        return newestFirst;
    }
}
