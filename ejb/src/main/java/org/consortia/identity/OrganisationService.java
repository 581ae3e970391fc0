package org.consortia.identity;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.HistoricRecord;
import org.consortia.saving.OptimisticSave;
import org.consortia.validation.InputValidator;

/** Organisations: listed for every signed-in user, created and changed by administrators. */
@Stateless
public class OrganisationService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    OptimisticSave saves;

    @Inject
    CallerLookup callers;

    @Inject
    InputValidator validator;

    @Inject
    Event<EndSessions> endSessions;

    /** People of a disabled organisation can no longer sign in; their open sessions end too. */
    private void endSessionsOfPeopleIn(Organisation organisation) {
        entityManager.createQuery("select a.id from Account a where a.organisation = :organisation", Long.class)
                .setParameter("organisation", organisation)
                .getResultList()
                .forEach(accountId -> endSessions.fire(new EndSessions(accountId, false)));
    }

    /** Every organisation, enabled or not; administrators only. */
    public List<Organisation> all() {
        callers.require(Action.MANAGE_ORGANISATIONS);
        return entityManager.createNamedQuery("Organisation.findAll", Organisation.class).getResultList();
    }

    /** A new, unsaved organisation for the creation form; administrators only. */
    public Organisation blank() {
        callers.require(Action.MANAGE_ORGANISATIONS);
        return Organisation.blank();
    }

    /** One organisation for editing; administrators only. */
    public Organisation find(long id) {
        callers.require(Action.MANAGE_ORGANISATIONS);
        Organisation organisation = entityManager.find(Organisation.class, id);
        if (organisation == null) {
            throw new RecordNotFoundException("No such organisation.");
        }
        return organisation;
    }

    /**
     * Creates or updates an organisation; administrators only. Refuses a name another organisation
     * has, and an edit of a version someone else has changed since. Disabling an organisation ends
     * the sessions of its people, who can no longer sign in.
     */
    public Organisation save(Organisation organisation) {
        callers.require(Action.MANAGE_ORGANISATIONS);
        validator.check(organisation);
        long clashes = entityManager.createNamedQuery("Organisation.countByName", Long.class)
                .setParameter("name", organisation.getName())
                .setParameter("id", organisation.getId() == null ? -1L : organisation.getId())
                .getSingleResult();
        if (clashes > 0) {
            throw InvalidInputException.of("name", "Another organisation already has this name.");
        }
        Organisation saved;
        boolean disabling = false;
        if (organisation.getId() == null) {
            entityManager.persist(organisation);
            saved = organisation;
        } else {
            Organisation stored = find(organisation.getId());
            saves.requireLoadedVersion(HistoricRecord.ORGANISATION, stored.getId(), stored.getVersion(),
                    organisation.getVersion(), "this organisation");
            disabling = stored.isEnabled() && !organisation.isEnabled();
            saved = entityManager.merge(organisation);
        }
        saves.write("this organisation");
        if (disabling) {
            endSessionsOfPeopleIn(saved);
        }
        return saved;
    }
}
