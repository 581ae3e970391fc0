package org.consortia.mou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.consortia.membership.MembershipChanged;

/**
 * Decides whether the Memorandum is agreed: exactly when every current member organisation holds a
 * valid signature of the current version. Judged again after every signature and whenever an
 * organisation joins or leaves, so a newcomer must sign too and a leaver is no longer waited for.
 */
@ApplicationScoped
public class MouAgreement {

    @PersistenceContext
    EntityManager entityManager;

    void reevaluate(Mou mou) {
        if (mou.getState() != MouState.FOR_AGREEMENT && mou.getState() != MouState.AGREED) {
            return;
        }
        List<Long> members = entityManager.createQuery(
                "select m.organisation.id from Membership m where m.leftOn is null", Long.class).getResultList();
        Set<Long> signed = new HashSet<>(entityManager.createQuery("select s.organisation.id from MouSignature s"
                        + " where s.mou = :mou and s.voidedAt is null and s.contentVersion = :version", Long.class)
                .setParameter("mou", mou)
                .setParameter("version", mou.getContentVersion())
                .getResultList());
        boolean everyoneSigned = !members.isEmpty() && signed.containsAll(members);
        if (everyoneSigned && mou.getState() == MouState.FOR_AGREEMENT) {
            mou.agree(Instant.now());
        } else if (!everyoneSigned && mou.getState() == MouState.AGREED) {
            mou.putForAgreement();
        }
    }

    void membershipChanged(@Observes MembershipChanged change) {
        entityManager.createQuery("select m from Mou m", Mou.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .ifPresent(this::reevaluate);
    }
}
