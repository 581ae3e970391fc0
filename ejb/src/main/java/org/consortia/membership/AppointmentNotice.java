package org.consortia.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.consortia.notification.MailText;
import org.consortia.notification.Outbox;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/** Tells a person, by e-mail, that they have been appointed to a partnership, once the appointment is saved. */
@ApplicationScoped
public class AppointmentNotice {

    @Inject
    Outbox outbox;

    void appointed(Representative representative, WorkspaceContext workspace, String appointedBy) {
        String role = representative.getRole().label();
        String partnership = MailText.oneLine(workspace.name());
        String term = "from " + UkDates.day(representative.getTermStart())
                + (representative.getTermEnd() == null ? "" : " to " + UkDates.day(representative.getTermEnd()));
        outbox.queueWithin("appointed:" + representative.getId(), representative.getAccount().getId(),
                MailText.of("You have been appointed to " + partnership, List.of(
                        "You have been appointed " + role + " of " + partnership + " for "
                                + MailText.oneLine(representative.getMembership().getOrganisation().getName()) + ", "
                                + term + ".",
                        "Appointed by " + MailText.oneLine(appointedBy) + "."),
                        "Open the partnership's workspace", "/w/" + workspace.slug(),
                        "You receive this because you have been appointed to a partnership on Consortia.")
                        .about(workspace.name()),
                false);
    }
}
