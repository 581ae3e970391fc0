package org.consortia.membership;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.consortia.identity.AccountMoved;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * Ends the terms of a person who has moved to another organisation, in every workspace where they
 * represented the old one, once the move is saved. Their rights end with the move itself (see
 * {@link Representative#IN_OFFICE_ON_DAY}); this records the end of each term in that workspace's
 * history.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MovedRepresentatives {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    RepresentativeTerms terms;

    public void accountMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMoved moved) {
        // The workspaces are found with SQL, which no tenant filter applies to; only their ids are read.
        @SuppressWarnings("unchecked")
        List<Number> workspaces = entityManager.createNativeQuery("select distinct partnership_id from representative"
                        + " where account_id = ?1 and ended_at is null")
                .setParameter(1, moved.accountId())
                .getResultList();
        for (Number workspace : workspaces) {
            CurrentWorkspace.runIn(workspace.longValue(), () -> terms.endTermsForOtherOrganisations(moved.accountId()));
        }
    }
}
