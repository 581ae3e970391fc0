package org.consortia.saving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.consortia.access.ConcurrentEditException;
import org.consortia.history.HistoricRecord;
import org.consortia.history.LastChanges;

/**
 * An edit is saved only over the version its author loaded. A save that started from an older
 * version is refused before anything changes, naming who saved meanwhile (someone told only that
 * "someone else" saved cannot ask them what they changed); a save that raced another to the
 * database is written at once, so that the loser is refused rather than overwritten at commit.
 * Either way the transaction rolls back and the author keeps what they typed. Services call it after
 * checking the caller may edit the record.
 */
@ApplicationScoped
public class OptimisticSave {

    static final String NOT_SAVED = " Your changes have not been saved.";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    LastChanges lastChanges;

    /**
     * Refuses the edit unless the record is still at the version its author loaded; {@code what}
     * names it in the message ("this entry").
     */
    public void requireLoadedVersion(HistoricRecord record, long id, long storedVersion, long loadedVersion,
            String what) {
        if (storedVersion != loadedVersion) {
            throw new ConcurrentEditException(lastChanges.savedWhileYouEdited(record, id, what) + NOT_SAVED);
        }
    }

    /** Writes the changes now; when another save of {@code what} won the race, refuses this one. */
    public void write(String what) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentEditException("Someone else saved " + what + " at the same moment." + NOT_SAVED);
        }
    }
}
