package org.consortia.mou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.consortia.identity.Caller;
import org.consortia.membership.Membership;
import org.consortia.membership.Representative;
import org.consortia.notification.MailText;
import org.consortia.notification.Outbox;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/**
 * Tells those who sign the Memorandum for their organisations, by e-mail and within the change's own
 * transaction, that it is out for agreement, or that an edit voided their organisation's signature.
 * Nobody is told of what they did themselves.
 */
@ApplicationScoped
public class MouNotices {

    private static final String PAGE = "/mou";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    /** Every member organisation's signatory and deputy in office: version {@code mou} is theirs to sign. */
    void outForAgreement(Mou mou, WorkspaceContext workspace, Caller putBy, Instant at) {
        String partnership = MailText.oneLine(workspace.name());
        LocalDate today = LocalDate.now(UkDates.LONDON);
        for (Membership member : entityManager.createNamedQuery("Membership.currentWithSignatories", Membership.class)
                .getResultList()) {
            String organisation = MailText.oneLine(member.getOrganisation().getName());
            signersOf(member, today).filter(signer -> signer.getAccount().getId() != putBy.accountId())
                    .forEach(signer -> outbox.queueWithin("mou-for-agreement:" + mou.getId() + ":" + at.toEpochMilli(),
                            signer.getAccount().getId(), MailText.of(
                                    "The Memorandum of Understanding of " + partnership + " is out for agreement",
                                    List.of("Version " + mou.getContentVersion() + " of the Memorandum of Understanding of "
                                                    + partnership + " was put for agreement by " + MailText.oneLine(putBy.name())
                                                    + " on " + UkDates.day(at) + ".",
                                            "You sign it for " + organisation + " as its "
                                                    + capacity(member, signer) + ": read it, then sign it on its page."
                                                    + " It is agreed when every member organisation has signed the same version."),
                                    "Read and sign the Memorandum", "/w/" + workspace.slug() + PAGE,
                                    "You receive this because you sign the Memorandum of Understanding for "
                                            + organisation + ".").about(partnership),
                            false));
        }
    }

    /** The signatory and deputy in office of each organisation whose signature the edit voided: urgent. */
    void signaturesVoided(List<MouSignature> voided, Mou mou, String heading, WorkspaceContext workspace,
            Caller editor, Instant at) {
        if (voided.isEmpty()) {
            return;
        }
        String partnership = MailText.oneLine(workspace.name());
        LocalDate today = LocalDate.now(UkDates.LONDON);
        List<Membership> members = entityManager.createNamedQuery("Membership.currentWithSignatories", Membership.class)
                .getResultList();
        for (MouSignature signature : voided) {
            String organisation = MailText.oneLine(signature.getOrganisation().getName());
            members.stream().filter(member -> member.getOrganisation().equals(signature.getOrganisation()))
                    .flatMap(member -> signersOf(member, today))
                    .filter(signer -> signer.getAccount().getId() != editor.accountId())
                    .forEach(signer -> outbox.queueWithin("mou-signature-voided:" + signature.getId(),
                            signer.getAccount().getId(), MailText.of(
                                    organisation + "'s signature of the Memorandum of " + partnership + " was voided",
                                    List.of(organisation + "'s signature of version " + signature.getContentVersion()
                                                    + " of the Memorandum of Understanding of " + partnership + ", made by "
                                                    + MailText.oneLine(signature.getSignatory().getName()) + " on "
                                                    + UkDates.day(signature.getSignedAt()) + ", was voided by "
                                                    + MailText.oneLine(editor.name()) + "'s edit of “" + heading + "” on "
                                                    + UkDates.day(at) + ".",
                                            "Read what changed, then sign version " + mou.getContentVersion()
                                                    + " for " + organisation + "."),
                                    "Read the changes and sign again", "/w/" + workspace.slug() + PAGE,
                                    "You receive this at once because you sign the Memorandum of Understanding for "
                                            + organisation + " and its signature no longer counts.").about(partnership),
                            true));
        }
    }

    /** Those who sign for the member organisation on the day: its signatory and deputy, where in office. */
    static Stream<Representative> signersOf(Membership member, LocalDate today) {
        return Stream.of(member.getSignatory(), member.getDeputySignatory())
                .filter(named -> named != null && member.signingCapacityOf(named.getAccount().getId(), today).isPresent())
                .distinct();
    }

    private static String capacity(Membership member, Representative signer) {
        return signer.equals(member.getSignatory()) ? "signatory" : "deputy signatory";
    }
}
