package org.consortia.it.support;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CouncilRole;
import org.consortia.identity.Organisation;
import org.consortia.identity.PasswordHasher;
import org.consortia.identity.Sector;
import org.consortia.membership.Membership;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRole;
import org.consortia.notification.OutboxMessage;
import org.consortia.partnership.LegalStatus;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipType;
import org.consortia.tenancy.WorkspaceStatements;

/**
 * Writes test data straight to the database, bypassing permissions. Each call commits on its own;
 * workspace rows are written in the workspace the caller has entered.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private static volatile String passwordHash;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PasswordHasher hasher;

    public long organisation(String name) {
        Organisation organisation = new Organisation(name, Sector.PUBLIC, "District council");
        entityManager.persist(organisation);
        entityManager.flush();
        return organisation.getId();
    }

    public long account(String email, long organisationId, CouncilRole... roles) {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        Account account = new Account("Person " + email, email, entityManager.find(Organisation.class, organisationId));
        account.setPasswordHash(passwordHash);
        account.setCouncilRoles(roles.length == 0 ? EnumSet.noneOf(CouncilRole.class) : EnumSet.of(roles[0], roles));
        if (Caller.mustUseSecondFactor(account.getCouncilRoles())) {
            // As they must: tests sign in with its codes (SecondFactorCodes).
            account.useSecondFactor(SecondFactorCodes.KEY, -1, Instant.now());
        }
        entityManager.persist(account);
        entityManager.flush();
        return account.getId();
    }

    public long partnership(String name, String slug, Long headOfServiceId) {
        Partnership partnership = new Partnership(name, slug, PartnershipType.COLLABORATIVE,
                LegalStatus.NO_SEPARATE_LEGAL_IDENTITY, LocalDate.of(2024, 4, 1));
        partnership.setSignificant(true);
        if (headOfServiceId != null) {
            partnership.setHeadOfService(entityManager.find(Account.class, headOfServiceId));
        }
        entityManager.persist(partnership);
        entityManager.flush();
        return partnership.getId();
    }

    public <T> T find(Class<T> type, Object id) {
        return entityManager.find(type, id);
    }

    /** Changes a partnership's record as the change says. */
    public void changePartnership(long partnershipId, java.util.function.Consumer<Partnership> change) {
        change.accept(entityManager.find(Partnership.class, partnershipId));
    }

    /** Makes one partnership a sub-group of another. */
    public void subGroup(long subGroupId, long parentId) {
        entityManager.find(Partnership.class, subGroupId).setParent(entityManager.find(Partnership.class, parentId));
    }

    /** Names the council officer who represents it on the partnership. */
    public void officerRepresentative(long partnershipId, long accountId) {
        entityManager.find(Partnership.class, partnershipId).setOfficerRepresentative(entityManager.find(Account.class, accountId));
    }

    /** Lists a partnership on the public register. */
    public void publish(long partnershipId) {
        entityManager.find(Partnership.class, partnershipId).setPublished(true);
    }

    /** Adds a member organisation to the current workspace. */
    public long member(long organisationId) {
        Membership membership = new Membership(entityManager.find(Organisation.class, organisationId),
                LocalDate.of(2024, 4, 1));
        entityManager.persist(membership);
        entityManager.flush();
        return membership.getId();
    }

    /** Appoints a representative in the current workspace. */
    public long representative(long membershipId, long accountId, WorkspaceRole role) {
        Representative representative = new Representative(entityManager.find(Membership.class, membershipId),
                entityManager.find(Account.class, accountId), role, LocalDate.of(2024, 4, 1), null);
        entityManager.persist(representative);
        entityManager.flush();
        return representative.getId();
    }

    /** Names who signs for a member organisation of the current workspace, and its deputy (or none). */
    public void nameSignatories(long membershipId, long signatoryId, Long deputyId) {
        entityManager.find(Membership.class, membershipId).nameSignatories(
                entityManager.find(Representative.class, signatoryId),
                deputyId == null ? null : entityManager.find(Representative.class, deputyId));
        entityManager.flush();
    }

    /** A Memorandum with every heading written, in the current workspace, which must have none yet. */
    public void writtenMemorandum() {
        org.consortia.mou.Mou mou = new org.consortia.mou.Mou();
        entityManager.persist(mou);
        for (org.consortia.mou.MouHeading heading : org.consortia.mou.MouHeading.values()) {
            entityManager.persist(new org.consortia.mou.MouSection(mou, heading, "<p>What the partners agree on "
                    + heading.title() + ".</p>"));
        }
    }

    /** Ends every open term of office in the current workspace with one bulk statement. */
    public int endAllTermsByBulkStatement(LocalDate day) {
        return WorkspaceStatements.execute(entityManager, "update Representative r set r.termEnd = :day", "r",
                "r.termEnd is null", Map.of("day", day));
    }

    /** Tries a bulk statement that brings its own WHERE clause, which could escape the workspace. */
    public int bulkStatementWithItsOwnCondition(LocalDate day) {
        return WorkspaceStatements.execute(entityManager,
                "update Representative r set r.termEnd = :day where r.termEnd is null or 1 = 1", "r", "1 = 1",
                Map.of("day", day));
    }

    /** Terms of office still open in the current workspace. */
    public long openTerms() {
        return entityManager.createQuery("select count(r) from Representative r where r.termEnd is null", Long.class)
                .getSingleResult();
    }

    public String passwordHashOf(String email) {
        return entityManager.createQuery("select a.passwordHash from Account a where a.email = :email", String.class)
                .setParameter("email", email)
                .getSingleResult();
    }

    /**
     * Adds register entries scored below any tolerance to the current workspace, so that they stay
     * out of the council's portfolio of entries above tolerance.
     */
    public void lowRiskEntries(int count, String prefix) {
        for (int i = 0; i < count; i++) {
            org.consortia.risk.RiskEntry entry = new org.consortia.risk.RiskEntry();
            entry.setTitle(prefix + " " + i);
            entry.setCategory(org.consortia.risk.StandardCategory.values()[i % 8].label());
            entry.setInherentLikelihood(org.consortia.risk.Likelihood.UNLIKELY);
            entry.setInherentImpact(org.consortia.risk.Impact.values()[1]);
            entry.setResidualLikelihood(org.consortia.risk.Likelihood.RARE);
            entry.setResidualImpact(org.consortia.risk.Impact.values()[0]);
            entityManager.persist(entry);
        }
    }

    /**
     * An open entry in the current workspace scored 20 after controls, above the default tolerance,
     * with a mitigation action for the account that was due yesterday and is not done.
     */
    public void entryAboveToleranceWithOverdueAction(String title, long responsibleId) {
        org.consortia.risk.RiskEntry entry = new org.consortia.risk.RiskEntry();
        entry.setTitle(title);
        entry.setCategory(org.consortia.risk.StandardCategory.FINANCIAL.label());
        entry.setInherentLikelihood(org.consortia.risk.Likelihood.ALMOST_CERTAIN);
        entry.setInherentImpact(org.consortia.risk.Impact.MAJOR);
        entry.setResidualLikelihood(org.consortia.risk.Likelihood.ALMOST_CERTAIN);
        entry.setResidualImpact(org.consortia.risk.Impact.MAJOR);
        entityManager.persist(entry);
        entityManager.persist(new org.consortia.risk.MitigationAction(entry, "Agree a recovery plan",
                entityManager.find(Account.class, responsibleId), LocalDate.now().minusDays(1)));
    }

    /** Runs the work in one transaction, as a page view's services run. */
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** The one value the query reads. */
    public <T> T single(String jpql, Class<T> type) {
        return entityManager.createQuery(jpql, type).getSingleResult();
    }

    /** Runs a bulk update, its parameters numbered ?1, ?2 and so on; how many rows it changed. */
    public int update(String jpqlUpdate, Object... parameters) {
        jakarta.persistence.Query update = entityManager.createQuery(jpqlUpdate);
        for (int i = 0; i < parameters.length; i++) {
            update.setParameter(i + 1, parameters[i]);
        }
        return update.executeUpdate();
    }

    /** The ids the query reads. */
    public List<Long> ids(String jpql) {
        return entityManager.createQuery(jpql, Long.class).getResultList();
    }

    public long count(String jpqlCount) {
        return entityManager.createQuery(jpqlCount, Long.class).getSingleResult();
    }

    /** The e-mails queued for the address about events whose key starts so, oldest first. */
    public List<OutboxMessage> mailTo(String address, String eventKeyStart) {
        return entityManager.createQuery("select m from OutboxMessage m where m.address = :address"
                        + " and m.eventKey like :start order by m.id", OutboxMessage.class)
                .setParameter("address", address).setParameter("start", eventKeyStart + "%").getResultList();
    }

    /** A count in SQL, for tables no entity maps. */
    public long countInSql(String sqlCount) {
        return ((Number) entityManager.createNativeQuery(sqlCount).getSingleResult()).longValue();
    }
}
