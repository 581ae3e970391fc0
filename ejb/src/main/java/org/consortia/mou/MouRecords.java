package org.consortia.mou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.consortia.access.TransactionMemo;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.validation.ConstraintViolations;

/**
 * Reads the current workspace's Memorandum for the services that edit and sign it, in the caller's
 * transaction. Access has been checked by the caller.
 */
@ApplicationScoped
public class MouRecords {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    MouSetup setup;

    @Inject
    TransactionMemo memo;

    private record MouOf(long workspace) {
    }

    private record SectionsOf(long mouId) {
    }

    public List<MouSignature> validSignatures(Mou mou) {
        return entityManager.createQuery("select s from MouSignature s join fetch s.organisation"
                        + " where s.mou = :mou and s.voidedAt is null",
                MouSignature.class).setParameter("mou", mou).getResultList();
    }

    /** The workspace's Memorandum, created with the model's headings the first time it is needed. */
    public Mou mouOfWorkspace() {
        return findMou().orElseGet(() -> {
            ConstraintViolations.createOnce(setup::createMemorandum);
            return findMou().orElseThrow();
        });
    }

    /**
     * The Memorandum, locked until the transaction ends: edits and signatures of one Memorandum
     * happen one after another, so none is lost and agreement is judged on committed signatures.
     */
    public Mou lockedMou() {
        Mou mou = mouOfWorkspace();
        entityManager.refresh(mou, LockModeType.PESSIMISTIC_WRITE);
        return mou;
    }

    /** The workspace's Memorandum if it has one yet, read once per transaction. */
    public Optional<Mou> findMou() {
        return Optional.ofNullable(memo.computeIfAbsent(new MouOf(CurrentWorkspace.tenant()),
                () -> entityManager.createQuery("select m from Mou m", Mou.class).getResultList().stream()
                        .findFirst().orElse(null)));
    }

    /** The Memorandum's sections in heading order, read once per transaction. */
    public List<MouSection> sections(Mou mou) {
        return memo.computeIfAbsent(new SectionsOf(mou.getId()),
                () -> entityManager.createQuery("select s from MouSection s where s.mou = :mou", MouSection.class)
                        .setParameter("mou", mou)
                        .getResultList().stream()
                        .sorted(Comparator.comparing(MouSection::getHeading))
                        .toList());
    }

    public MouSection section(Mou mou, MouHeading heading) {
        return sections(mou).stream().filter(section -> section.getHeading() == heading).findFirst()
                .orElseThrow(() -> new IllegalStateException("The Memorandum has no section " + heading));
    }
}
