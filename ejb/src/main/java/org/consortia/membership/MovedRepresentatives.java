package org.consortia.membership;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import org.consortia.identity.AccountMoved;
import org.consortia.tenancy.AllWorkspaces;
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

    @Inject
    AllWorkspaces allWorkspaces;

    @Inject
    RepresentativeTerms terms;

    public void accountMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMoved moved) {
        List<Long> workspaces = allWorkspaces.readPublicOrOwn("the workspaces where a moved person still has a term",
                session -> session.createNativeQuery("select distinct partnership_id from representative"
                                + " where account_id = ?1 and ended_at is null", Long.class)
                        .setParameter(1, moved.accountId())
                        .getResultList());
        for (Long workspace : workspaces) {
            CurrentWorkspace.runIn(workspace, () -> terms.endTermsForOtherOrganisations(moved.accountId()));
        }
    }
}
