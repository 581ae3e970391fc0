package org.consortia.history;

import org.consortia.access.Action;
import org.consortia.identity.Account;
import org.consortia.identity.Organisation;
import org.consortia.meeting.AgendaItem;
import org.consortia.meeting.Attendance;
import org.consortia.meeting.Decision;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingAction;
import org.consortia.meeting.MeetingPaper;
import org.consortia.meeting.MeetingRules;
import org.consortia.meeting.Minutes;
import org.consortia.meeting.MinutesItem;
import org.consortia.membership.Membership;
import org.consortia.membership.Representative;
import org.consortia.mou.MouSection;
import org.consortia.mou.MouSignature;
import org.consortia.partnership.Partnership;
import org.consortia.risk.RiskEntry;
import org.consortia.forms.FormAnswer;
import org.consortia.forms.FormSignOff;

/** The kinds of record whose history can be shown, with who may read it. */
public enum HistoricRecord {
    PARTNERSHIP(Partnership.class, "Partnership record", Scope.PARTNERSHIP),
    MEMBERSHIP(Membership.class, "Membership", Scope.WORKSPACE),
    REPRESENTATIVE(Representative.class, "Representative", Scope.WORKSPACE),
    MOU_SECTION(MouSection.class, "Memorandum of Understanding section", Scope.WORKSPACE),
    MOU_SIGNATURE(MouSignature.class, "Memorandum of Understanding signature", Scope.WORKSPACE),
    RISK_ENTRY(RiskEntry.class, "Risk register entry", Scope.WORKSPACE),
    FORM_ANSWER(FormAnswer.class, "Form answer", Scope.WORKSPACE),
    FORM_SIGN_OFF(FormSignOff.class, "Form completion", Scope.WORKSPACE),
    MEETING_RULES(MeetingRules.class, "Meeting rules", Scope.WORKSPACE),
    MEETING(Meeting.class, "Meeting", Scope.WORKSPACE),
    // An item's history tells what it was about, however it is now marked: only for those who may read
    // items taken in closed session.
    AGENDA_ITEM(AgendaItem.class, "Agenda item", Scope.WORKSPACE, Action.READ_CLOSED_ITEMS),
    MEETING_PAPER(MeetingPaper.class, "Meeting paper", Scope.WORKSPACE, Action.READ_CLOSED_ITEMS),
    ATTENDANCE(Attendance.class, "Attendance at a meeting", Scope.WORKSPACE),
    DECISION(Decision.class, "Decision", Scope.WORKSPACE, Action.READ_CLOSED_ITEMS),
    MEETING_ACTION(MeetingAction.class, "Action arising from a meeting", Scope.WORKSPACE, Action.READ_CLOSED_ITEMS),
    MINUTES(Minutes.class, "Minutes", Scope.WORKSPACE),
    MINUTES_ITEM(MinutesItem.class, "Minuted discussion of an agenda item", Scope.WORKSPACE, Action.READ_CLOSED_ITEMS),
    ORGANISATION(Organisation.class, "Organisation", Scope.ADMINISTRATION),
    ACCOUNT(Account.class, "Account", Scope.ADMINISTRATION);

    /** Where a record's history may be read. */
    enum Scope {
        /** Inside the record's workspace only. */
        WORKSPACE,
        /** The partnership's own workspace, and council roles that read the partnership database. */
        PARTNERSHIP,
        /** Administrators. */
        ADMINISTRATION
    }

    private final Class<?> type;
    private final String label;
    private final Scope scope;
    private final Action readAction;

    HistoricRecord(Class<?> type, String label, Scope scope) {
        this(type, label, scope, Action.VIEW_HISTORY);
    }

    HistoricRecord(Class<?> type, String label, Scope scope, Action readAction) {
        this.type = type;
        this.label = label;
        this.scope = scope;
        this.readAction = readAction;
    }

    public Class<?> type() {
        return type;
    }

    public String label() {
        return label;
    }

    Scope scope() {
        return scope;
    }

    /** What the caller must be allowed, inside the workspace, to read a workspace record's history. */
    Action readAction() {
        return readAction;
    }
}
