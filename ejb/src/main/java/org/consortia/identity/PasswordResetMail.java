package org.consortia.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.consortia.notification.MailText;
import org.consortia.notification.Outbox;
import org.consortia.notification.OutboxMessage;
import org.consortia.text.SecretTokens;

/**
 * Makes a reset link and queues its e-mail a moment after the request, on a thread of its own, once the
 * answer has gone: the answer takes as long whether or not an account has the address, and the work
 * done for one that has does not compete with the answer for the processor.
 */
@Stateless
public class PasswordResetMail {

    /** The page a reset link opens, with its token. */
    public static final String PAGE = "/reset-password";

    /** Longer than a page takes to answer. */
    private static final long DELAY_MILLIS = 250;

    @PersistenceContext
    EntityManager entityManager;

    @Resource
    TimerService timers;

    @Inject
    Outbox outbox;

    /**
     * In a moment, queues a new link for the enabled account with the address, if there is one;
     * otherwise does nothing. Kept in memory only: a link asked for just before a restart is asked
     * for again.
     */
    public void sendLinkIfAccountSoon(String address) {
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(address, false));
    }

    @Timeout
    void sendLinkIfAccount(Timer timer) {
        String address = (String) timer.getInfo();
        Account account = entityManager.createQuery("select a from Account a join fetch a.organisation o"
                        + " where a.email = :email and a.enabled = true and o.enabled = true", Account.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null) {
            return;
        }
        String token = SecretTokens.next();
        PasswordReset reset = new PasswordReset(account, SecretTokens.hash(token), Instant.now());
        entityManager.persist(reset);
        entityManager.flush();
        outbox.queueSecretLink("password-reset:" + reset.getId(), account.getId(), MailText.of(
                "Set a new password for Consortia", List.of(
                        "Someone, we hope you, asked to set a new password for your Consortia account, "
                                + MailText.oneLine(account.getEmail()) + ".",
                        "The link below works once, for an hour. Setting a new password signs your account out"
                                + " everywhere it is signed in."),
                "Set a new password", PAGE + "?token=" + OutboxMessage.SECRET_PLACEHOLDER,
                "You receive this because someone asked to reset the password of your Consortia account. If it"
                        + " was not you, ignore this e-mail: your password stays as it is."), token);
    }
}
