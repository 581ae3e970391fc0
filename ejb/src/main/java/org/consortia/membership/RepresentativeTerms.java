package org.consortia.membership;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Terms of office ended by the portal itself rather than by a member, each in its workspace's own transaction. */
@Stateless
public class RepresentativeTerms {

    @PersistenceContext
    EntityManager entityManager;

    /** In the current workspace, ends today every open term the person holds for an organisation they have left. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void endTermsForOtherOrganisations(long accountId) {
        LocalDate today = LocalDate.now();
        entityManager.createQuery("select r from Representative r join fetch r.membership m join fetch r.account a"
                        + " where a.id = :accountId and r.endedAt is null and (r.termEnd is null or r.termEnd >= :today)"
                        + " and a.organisation <> m.organisation", Representative.class)
                .setParameter("accountId", accountId)
                .setParameter("today", today)
                .getResultList()
                .forEach(representative -> representative.endTerm(today, Instant.now(), ZoneId.systemDefault()));
    }
}
