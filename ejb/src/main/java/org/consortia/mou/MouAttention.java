package org.consortia.mou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consortia.access.Action;
import org.consortia.access.TransactionMemo;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.attention.DueItem;
import org.consortia.attention.DueSource;
import org.consortia.identity.Caller;
import org.consortia.membership.Membership;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/**
 * The Memorandum's work while it is out for agreement: each member organisation's signatory and
 * deputy in office are to sign for it until it has signed the version out (and are told when an
 * edit voided their organisation's signature), and those who put it for agreement see who has still
 * to sign. Its review falls due to them as the review date nears. The round of agreement is read
 * once per transaction for both.
 */
@ApplicationScoped
public class MouAttention implements AttentionSource, DueSource {

    static final int REVIEW_NOTICE_DAYS = 60;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    MouRecords records;

    @Inject
    WorkspaceRepresentatives representatives;

    @Inject
    TransactionMemo memo;

    /** A round of agreement as it stands: the signatures, newest first, and the current members. */
    private record Round(Mou mou, List<MouSignature> signatures, List<Membership> members, Set<Long> signedNow) {

        Stream<Membership> stillToSign() {
            return members.stream().filter(member -> !signedNow.contains(member.getOrganisation().getId()));
        }
    }

    private record RoundOf(long mou) {
    }

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        Optional<Round> round = round();
        if (round.isEmpty() || !workspace.may(Action.CHANGE_DOCUMENT_STATE)) {
            return List.of();
        }
        List<String> awaiting = round.get().stillToSign().map(member -> member.getOrganisation().getName()).toList();
        return awaiting.isEmpty() ? List.of() : List.of(new AttentionItem(
                "Organisations still to sign the Memorandum of Understanding", "Version "
                + round.get().mou().getContentVersion() + " is out for agreement. Still to sign: "
                + String.join(", ", awaiting) + ".", "mou", null));
    }

    @Override
    public List<DueItem> dueIn(LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        round().ifPresent(round -> round.stillToSign().forEach(member -> {
            Set<Long> signers = MouNotices.signersOf(member, today).map(named -> named.getAccount().getId())
                    .collect(Collectors.toSet());
            if (!signers.isEmpty()) {
                items.add(signItem(round, member, signers));
            }
        }));
        Mou mou = records.findMou().orElse(null);
        if (mou != null && mou.getReviewDate() != null && !mou.getReviewDate().isAfter(today.plusDays(REVIEW_NOTICE_DAYS))) {
            items.add(new DueItem("mou-review:" + mou.getId() + ":" + mou.getReviewDate(),
                    representatives.allowedTo(Action.CHANGE_DOCUMENT_STATE, today),
                    "Review the Memorandum of Understanding",
                    mou.getReviewDate().isBefore(today) ? "Its review date has passed." : "Its review date is near.",
                    "mou", mou.getReviewDate()));
        }
        return items;
    }

    private Optional<Round> round() {
        Mou mou = records.findMou().orElse(null);
        if (mou == null || mou.getState() != MouState.FOR_AGREEMENT) {
            return Optional.empty();
        }
        return Optional.of(memo.computeIfAbsent(new RoundOf(mou.getId()), () -> {
            List<MouSignature> signatures = entityManager.createQuery("select s from MouSignature s"
                            + " join fetch s.organisation where s.mou = :mou order by s.signedAt desc", MouSignature.class)
                    .setParameter("mou", mou)
                    .getResultList();
            Set<Long> signedNow = signatures.stream()
                    .filter(s -> s.isValid() && s.getContentVersion() == mou.getContentVersion())
                    .map(s -> s.getOrganisation().getId()).collect(Collectors.toSet());
            return new Round(mou, signatures, entityManager.createNamedQuery("Membership.currentWithSignatories",
                    Membership.class).getResultList(), signedNow);
        }));
    }

    private static DueItem signItem(Round round, Membership member, Set<Long> signers) {
        Mou mou = round.mou();
        String organisation = member.getOrganisation().getName();
        Optional<MouSignature> voided = round.signatures().stream()
                .filter(s -> s.getOrganisation().equals(member.getOrganisation())).findFirst()
                .filter(latest -> !latest.isValid());
        String detail = voided.map(signature -> organisation + "'s signature of version " + signature.getContentVersion()
                        + " was voided by the edit of " + UkDates.day(signature.getVoidedAt())
                        + ". Read what changed, then sign version " + mou.getContentVersion() + " again.")
                .orElse("Version " + mou.getContentVersion() + " is out for agreement and " + organisation
                        + " has not signed it yet. You sign for it.");
        return new DueItem("mou-sign:" + mou.getId() + ":" + mou.getContentVersion() + ":"
                + member.getOrganisation().getId(), signers, "Sign the Memorandum of Understanding", detail, "mou", null);
    }
}
