package org.consortia.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.consortia.notification.MailText;
import org.consortia.notification.Outbox;
import org.consortia.notification.OutboxMessage;
import org.consortia.text.UkDates;

/** The e-mail that carries an invitation's link, queued with the change that made the link. */
@ApplicationScoped
class InvitationMail {

    /** The page an invitation's link opens, with its token. */
    static final String PAGE = "/invitation";

    @Inject
    Outbox outbox;

    void send(Invitation invitation, String token, String partnershipName) {
        String inviter = MailText.oneLine(invitation.getInvitedBy().getName());
        String organisation = MailText.oneLine(invitation.getOrganisation().getName());
        String subject;
        String invites;
        if (invitation.isToWorkspace()) {
            String partnership = MailText.oneLine(partnershipName);
            subject = "You are invited to " + partnership + " on Consortia";
            invites = inviter + " (" + MailText.oneLine(invitation.getAppointingCapacity()) + ") invites you to represent "
                    + organisation + " as " + invitation.getWorkspaceRole().label() + " of " + partnership + ", from "
                    + UkDates.day(invitation.getTermStart())
                    + (invitation.getTermEnd() == null ? "" : " to " + UkDates.day(invitation.getTermEnd())) + ".";
        } else {
            subject = "You are invited to Consortia";
            invites = inviter + " invites you to Consortia, the partnership governance portal, for " + organisation + ".";
        }
        outbox.queueSecretLinkTo("invitation:" + invitation.getId() + ":" + invitation.getSends(), invitation.getEmail(),
                MailText.of(subject, List.of(invites, "The link below works once, for 7 days. Set your password to"
                                + " accept; if you already have an account, sign in and accept."),
                        "Accept the invitation", PAGE + "?token=" + OutboxMessage.SECRET_PLACEHOLDER,
                        "You receive this because " + inviter + " invited you. If you did not expect it, ignore this"
                                + " e-mail: nothing happens unless you accept."), token);
    }
}
