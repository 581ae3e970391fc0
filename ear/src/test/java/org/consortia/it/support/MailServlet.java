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
import org.consortia.notification.OutboxSender;

/**
 * Lets the mail tests queue a message for a person ({@code action=queue&key=…&to=…}) and run the
 * sender as if a number of minutes had passed ({@code action=send&minutesLater=…}), answering
 * "queued" or how many were sent. Deployed only with the tests, beside the portal.
 */
@WebServlet("/mail")
public class MailServlet extends HttpServlet {

    @Inject
    Fixtures fixtures;

    @Inject
    Outbox outbox;

    @Inject
    OutboxSender sender;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if ("queue".equals(request.getParameter("action"))) {
            String to = request.getParameter("to");
            long recipient = fixtures.single("select a.id from Account a where a.email = '" + to.replace("'", "")
                    + "'", Long.class);
            boolean queued = outbox.queue(request.getParameter("key"), recipient, "Minutes are ready to approve",
                    "The minutes of the board are ready for you to approve.",
                    "<p>The minutes of the <strong>board</strong> are ready for you to approve.</p>", false, Instant.now());
            response.getWriter().print(queued);
        } else {
            long minutes = Long.parseLong(request.getParameter("minutesLater"));
            response.getWriter().print(sender.sendDue(Instant.now().plus(Duration.ofMinutes(minutes))));
        }
    }
}
