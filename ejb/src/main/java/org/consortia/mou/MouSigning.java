package org.consortia.mou;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.identity.Organisation;
import org.consortia.identity.PasswordConfirmation;
import org.consortia.identity.PasswordProof;
import org.consortia.membership.Membership;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.text.Sha256;

/**
 * Signing the Memorandum: each member organisation's named signatory (or deputy) in office signs one
 * exact version for it, after confirming their password; when every member organisation has
 * signed the same version it is agreed.
 */
@Stateless
public class MouSigning {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    CallerLookup callers;

    @Inject
    PasswordConfirmation passwordConfirmation;

    @Resource
    SessionContext context;

    @Inject
    MouRecords records;

    @Inject
    MouAgreement agreement;

    /**
     * Signs the current version for the caller's organisation, as its signatory or deputy in office,
     * after checking their password again (and the code of their authenticator app, if they use one); anyone else is refused before the password is checked.
     * One signature per organisation and version; when every member organisation has signed this
     * version the Memorandum is agreed. The password is checked outside any
     * transaction, so no connection is held while it is hashed; the signature is then recorded in
     * a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MouSignature sign(String password, String code, int versionShown) {
        access.require(Action.SIGN_FOR_ORGANISATION);
        Caller caller = callers.current();
        signingMembership(caller);
        Account account = entityManager.find(Account.class, caller.accountId());
        PasswordProof proof = passwordConfirmation.require(account, password, code, "password",
                "Your password is not right.", "Nothing was signed.");
        return context.getBusinessObject(MouSigning.class).recordSignature(proof, versionShown);
    }

    /**
     * Records the signature of a signatory who has just confirmed their password
     * ({@link #sign}); refused without a fresh proof for the caller's own account.
     */
    public MouSignature recordSignature(PasswordProof proof, int versionShown) {
        access.require(Action.SIGN_FOR_ORGANISATION);
        Caller caller = callers.current();
        if (proof == null || !proof.confirms(caller.accountId(), Instant.now())) {
            throw new AccessDeniedException("Confirm your password to sign.");
        }
        Account account = entityManager.find(Account.class, caller.accountId());
        Mou mou = records.lockedMou();
        if (mou.getState() != MouState.FOR_AGREEMENT) {
            throw InvalidInputException.of("state", "The Memorandum is not out for agreement, so it cannot be signed.");
        }
        if (mou.getContentVersion() != versionShown) {
            throw InvalidInputException.of("password", "The Memorandum changed after you opened it: it is now version "
                    + mou.getContentVersion() + ". Read the changes, then sign again. Nothing was signed.");
        }
        Membership membership = signingMembership(caller);
        String capacity = membership.signingCapacityOf(caller.accountId(), LocalDate.now()).orElseThrow();
        Organisation organisation = membership.getOrganisation();
        boolean alreadySigned = records.validSignatures(mou).stream()
                .anyMatch(s -> s.getContentVersion() == mou.getContentVersion() && s.getOrganisation().equals(organisation));
        if (alreadySigned) {
            throw InvalidInputException.of("password", organisation.getName() + " has already signed this version.");
        }
        MouSignature signature = new MouSignature(mou, organisation, account, capacity, mou.getContentVersion(),
                contentHash(records.sections(mou)), Instant.now());
        entityManager.persist(signature);
        entityManager.flush();
        agreement.reevaluate(mou);
        return signature;
    }

    /**
     * The caller's organisation's membership, refusing anyone who is not its signatory or deputy in
     * office: a cheap refusal, made before any password is checked.
     */
    private Membership signingMembership(Caller caller) {
        LocalDate today = LocalDate.now();
        Membership membership = entityManager.createNamedQuery("Membership.currentOfOrganisationWithSignatories",
                        Membership.class)
                .setParameter("organisationId", caller.organisationId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("Only the signatory of a member organisation signs."));
        if (membership.signingCapacityOf(caller.accountId(), today).isEmpty()) {
            throw new AccessDeniedException(whomToAsk(membership, today));
        }
        return membership;
    }

    /** For a representative who does not sign for their organisation: who does, or who names them. */
    static String whomToAsk(Membership member, LocalDate today) {
        String organisation = member.getOrganisation().getName();
        Optional<String> signatory = member.signatoryOn(today).map(named -> named.getAccount().getName());
        Optional<String> deputy = member.deputySignatoryOn(today).map(named -> named.getAccount().getName());
        if (signatory.isEmpty() && deputy.isEmpty()) {
            return organisation + " has not named who signs for it. Ask a chair or the officer representative to"
                    + " name its signatory on the Members page.";
        }
        String names = signatory.map(name -> "its signatory, " + name + deputy.map(d -> ", or its deputy, " + d).orElse(""))
                .orElseGet(() -> "its deputy signatory, " + deputy.orElseThrow());
        return "You do not sign for " + organisation + ". Ask " + names + ", to sign this version.";
    }

    /** SHA-256 of the text, heading by heading in order, as hexadecimal: what a signature binds to. */
    static String contentHash(List<MouSection> sections) {
        StringBuilder canonical = new StringBuilder();
        sections.stream().sorted(Comparator.comparing(MouSection::getHeading))
                .forEach(section -> canonical.append(section.getHeading().name()).append('\n')
                        .append(section.getContent()).append('\n'));
        return Sha256.hex(canonical.toString());
    }
}
