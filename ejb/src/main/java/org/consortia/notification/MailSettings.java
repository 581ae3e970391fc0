package org.consortia.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.CallerLookup;

/** Each person's own choice of how often they get e-mails: every signed-in person, for themselves only. */
@Stateless
public class MailSettings {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CallerLookup callers;

    /** How often the caller gets e-mails. */
    public MailFrequency mine() {
        MailSetting setting = entityManager.find(MailSetting.class, callers.current().accountId());
        return setting == null ? MailFrequency.AT_ONCE : setting.getFrequency();
    }

    /** Records the caller's choice; choosing each e-mail at once sends what was held for their digest. */
    public void choose(MailFrequency frequency) {
        long accountId = callers.current().accountId();
        if (frequency == null) {
            throw InvalidInputException.of("frequency", "Choose how often you want e-mails.");
        }
        MailSetting setting = entityManager.find(MailSetting.class, accountId);
        if (setting == null) {
            entityManager.persist(new MailSetting(accountId, frequency, Instant.now()));
        } else {
            setting.choose(frequency, Instant.now());
        }
        if (frequency == MailFrequency.AT_ONCE) {
            entityManager.flush();
            Digests.release(entityManager, accountId);
        }
    }
}
