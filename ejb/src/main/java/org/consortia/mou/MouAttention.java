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
import org.consortia.access.Action;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.identity.Caller;
import org.consortia.membership.Membership;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/**
 * The Memorandum asks for attention while it is out for agreement: its signatories are asked to
 * sign (and told when an edit voided their organisation's signature), and those who put it for
 * agreement see who has still to sign. And when its review date is near.
 */
@ApplicationScoped
public class MouAttention implements AttentionSource {

    static final int REVIEW_NOTICE_DAYS = 60;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    MouRecords records;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        List<AttentionItem> items = new ArrayList<>();
        Mou mou = records.findMou().orElse(null);
        if (mou == null) {
            return items;
        }
        LocalDate today = LocalDate.now();
        if (mou.getState() == MouState.FOR_AGREEMENT) {
            List<MouSignature> signatures = entityManager.createQuery("select s from MouSignature s join fetch s.organisation"
                            + " where s.mou = :mou order by s.signedAt desc", MouSignature.class)
                    .setParameter("mou", mou)
                    .getResultList();
            Set<Long> signedNow = signatures.stream()
                    .filter(s -> s.isValid() && s.getContentVersion() == mou.getContentVersion())
                    .map(s -> s.getOrganisation().getId()).collect(Collectors.toSet());
            List<Membership> members = entityManager.createNamedQuery("Membership.currentWithSignatories",
                    Membership.class).getResultList();
            if (workspace.may(Action.SIGN_FOR_ORGANISATION)) {
                members.stream()
                        .filter(member -> member.getOrganisation().getId() == caller.organisationId()
                                && !signedNow.contains(member.getOrganisation().getId())
                                && member.signingCapacityOf(caller.accountId(), today).isPresent())
                        .findFirst()
                        .ifPresent(member -> items.add(signItem(mou, member, signatures)));
            }
            List<String> awaiting = members.stream().filter(member -> !signedNow.contains(member.getOrganisation().getId()))
                    .map(member -> member.getOrganisation().getName()).toList();
            if (workspace.may(Action.CHANGE_DOCUMENT_STATE) && !awaiting.isEmpty()) {
                items.add(new AttentionItem("Organisations still to sign the Memorandum of Understanding",
                        "Version " + mou.getContentVersion() + " is out for agreement. Still to sign: "
                                + String.join(", ", awaiting) + ".", "mou", null));
            }
        }
        if (mou.getReviewDate() != null && !mou.getReviewDate().isAfter(today.plusDays(REVIEW_NOTICE_DAYS))
                && workspace.may(Action.CHANGE_DOCUMENT_STATE)) {
            items.add(new AttentionItem("Review the Memorandum of Understanding",
                    mou.getReviewDate().isBefore(today) ? "Its review date has passed." : "Its review date is near.",
                    "mou", mou.getReviewDate()));
        }
        return items;
    }

    private static AttentionItem signItem(Mou mou, Membership member, List<MouSignature> signatures) {
        String organisation = member.getOrganisation().getName();
        Optional<MouSignature> voided = signatures.stream()
                .filter(s -> s.getOrganisation().equals(member.getOrganisation())).findFirst()
                .filter(latest -> !latest.isValid());
        String detail = voided.map(signature -> organisation + "'s signature of version " + signature.getContentVersion()
                        + " was voided by the edit of " + UkDates.day(signature.getVoidedAt()) + ". Read what changed, then sign version " + mou.getContentVersion() + " again.")
                .orElse("Version " + mou.getContentVersion() + " is out for agreement and " + organisation
                        + " has not signed it yet. You sign for it.");
        return new AttentionItem("Sign the Memorandum of Understanding", detail, "mou", null);
    }
}
