package org.consortia.tenancy;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;

/**
 * Finds workspaces by their web address and lists a person's own workspaces. Knowing a
 * workspace's id grants nothing: every workspace service checks access itself.
 */
@Stateless
public class WorkspaceDirectory {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CallerLookup callers;

    @Inject
    AllWorkspaces allWorkspaces;

    /**
     * The partnership id behind a workspace address, if there is one; served from Hibernate's query
     * cache (a list, since a stream would bypass it) until the partnership table changes.
     * Needs no transaction: the request's own begins once the workspace is known.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> idOfSlug(String slug) {
        if (slug == null || slug.length() > 60) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery("Partnership.idBySlug", Long.class)
                .setParameter("slug", slug)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * The workspaces where the caller holds a role today (the same rule as
     * {@code Representative.IN_OFFICE_ON_DAY}). Representative rows belong to many workspaces, so
     * this one read spans tenants; it is restricted to the caller's own rows.
     */
    public List<WorkspaceSummary> mine() {
        Caller caller = callers.current();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = allWorkspaces.readPublicOrOwn("the caller's own workspaces",
                session -> session.createNativeQuery("""
                        select distinct p.id, p.slug, p.name
                          from representative r
                          join membership m on m.id = r.membership_id and m.partnership_id = r.partnership_id
                          join account a on a.id = r.account_id and a.organisation_id = m.organisation_id
                          join partnership p on p.id = r.partnership_id
                         where r.account_id = ?1 and r.term_start <= ?2 and r.ended_at is null
                           and (r.term_end is null or r.term_end >= ?2) and m.left_on is null
                         order by p.name""", Object[].class)
                        .setParameter(1, caller.accountId())
                        .setParameter(2, LocalDate.now())
                        .getResultList());
        return rows.stream()
                .map(row -> new WorkspaceSummary(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .toList();
    }
}
