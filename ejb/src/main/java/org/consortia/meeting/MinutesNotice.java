package org.consortia.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.consortia.identity.Caller;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.membership.WorkspaceRole;
import org.consortia.notification.MailText;
import org.consortia.notification.Outbox;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/**
 * Tells the partnership's representatives in office, by e-mail and within the change's own
 * transaction, that a meeting's minutes are ready to approve at a later meeting: observers only
 * watch, and whoever put them for approval knows.
 */
@ApplicationScoped
public class MinutesNotice {

    @Inject
    WorkspaceRepresentatives representatives;

    @Inject
    Outbox outbox;

    void readyToApprove(Meeting meeting, AgendaItem approvalItem, WorkspaceContext workspace, Caller putBy) {
        String partnership = MailText.oneLine(workspace.name());
        String minutesOf = MailText.oneLine(meeting.getTitle()) + " on " + UkDates.day(meeting.day());
        Meeting later = approvalItem.getMeeting();
        representatives.inOfficeOn(LocalDate.now(UkDates.LONDON)).stream()
                .filter(representative -> representative.getRole() != WorkspaceRole.OBSERVER)
                .map(Representative::getAccount)
                .filter(account -> account.getId() != putBy.accountId())
                .distinct()
                .forEach(account -> outbox.queueWithin("minutes-to-approve:" + approvalItem.getId(), account.getId(),
                        MailText.of("Minutes to approve: " + minutesOf,
                                List.of("The minutes of " + minutesOf + " (" + partnership + ") are ready to approve"
                                                + " as a true record at " + MailText.oneLine(later.getTitle()) + " on "
                                                + UkDates.day(later.day()) + ".",
                                        "Read them before the meeting, and say there if anything in them is not right."),
                                "Read the minutes", "/w/" + workspace.slug() + "/minutes?meeting=" + meeting.getId(),
                                "You receive this because you represent a member of " + partnership + ".")
                                .about(partnership),
                        false));
    }
}
