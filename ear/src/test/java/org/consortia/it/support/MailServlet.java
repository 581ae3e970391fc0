package org.consortia.it.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.consortia.notification.Outbox;
import org.consortia.notification.OutboxDelivery;
import org.consortia.notification.OutboxSender;

/**
 * Lets the mail tests queue a message for a person ({@code action=queue&key=…&to=…}) and run the
 * sender as if a number of minutes had passed ({@code action=send&minutesLater=…}, for one event's
 * messages only with {@code &key=…}), answering whether it was queued or how many were sent. Deployed only with the tests, beside the portal.
 */
@WebServlet("/mail")
public class MailServlet extends HttpServlet {

    @Inject
    Fixtures fixtures;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @Inject
    OutboxDelivery delivery;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if ("drop-second-factor".equals(request.getParameter("action"))) {
            // An account as it was before its roles required a second factor.
            String to = request.getParameter("to").replace("'", "");
            fixtures.update("update Account a set a.totpSecret = null, a.totpLastStep = null, a.secondFactorSince = null"
                    + " where a.email = '" + to + "'");
            response.getWriter().print("dropped");
        } else if ("expire-links".equals(request.getParameter("action"))) {
            String to = request.getParameter("to").replace("'", "");
            fixtures.update("update PasswordReset r set r.expiresAt = ?1 where r.account.id in"
                    + " (select a.id from Account a where a.email = '" + to + "')",
                    Instant.now().minusSeconds(1));
            fixtures.update("update Invitation i set i.expiresAt = ?1 where i.email = '" + to + "'",
                    Instant.now().minusSeconds(1));
            response.getWriter().print("expired");
        } else if ("queue".equals(request.getParameter("action"))) {
            String to = request.getParameter("to");
            long recipient = fixtures.single("select a.id from Account a where a.email = '" + to.replace("'", "")
                    + "'", Long.class);
            boolean queued = outbox.queue(request.getParameter("key"), recipient, "Minutes are ready to approve",
                    "The minutes of the board are ready for you to approve.",
                    "<p>The minutes of the <strong>board</strong> are ready for you to approve.</p>", false, Instant.now());
            response.getWriter().print(queued);
        } else {
            Instant later = Instant.now().plus(Duration.ofMinutes(Long.parseLong(request.getParameter("minutesLater"))));
            String key = request.getParameter("key");
            if (key == null) {
                response.getWriter().print(sender.sendDue(later));
            } else {
                // Only this test's message, whatever other tests have left in the outbox.
                int sent = 0;
                for (long id : fixtures.ids("select m.id from OutboxMessage m where m.eventKey = '" + key.replace("'", "")
                        + "'")) {
                    sent += delivery.send(id, later) ? 1 : 0;
                }
                response.getWriter().print(sent);
            }
        }
    }
}
