package org.consortia.meeting;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.identity.PasswordConfirmation;
import org.consortia.identity.PasswordProof;
import org.consortia.tenancy.WorkspaceAccess;

/**
 * The chair's signature of minutes approved as a true record at a later meeting: given with their
 * password, it binds the exact text the chair read (its SHA-256), locks the minutes and the meeting's
 * record, and marks the meeting's minutes approved.
 */
@Stateless
public class MinutesSigning {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    CallerLookup callers;

    @Inject
    PasswordConfirmation passwordConfirmation;

    @Inject
    MinutesService minutes;

    @Resource
    SessionContext context;

    /**
     * Signs the minutes the chair was shown, whose SHA-256 is {@code hashShown}, after checking their
     * password again (and the code of their authenticator app, if they use one); anyone but the chair is refused before the password is checked, which happens
     * outside any transaction so that no connection is held while it is hashed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Minutes sign(long meetingId, String password, String code, String hashShown) {
        access.require(Action.SIGN_MINUTES);
        Caller caller = callers.current();
        Account account = entityManager.find(Account.class, caller.accountId());
        PasswordProof proof = passwordConfirmation.require(account, password, code, "password",
                "Your password is not right.", "The minutes were not signed.");
        return context.getBusinessObject(MinutesSigning.class).recordSignature(proof, meetingId, hashShown);
    }

    /** Records the signature of a chair who has just confirmed their password ({@link #sign}). */
    public Minutes recordSignature(PasswordProof proof, long meetingId, String hashShown) {
        access.require(Action.SIGN_MINUTES);
        Caller caller = callers.current();
        if (proof == null || !proof.confirms(caller.accountId(), Instant.now())) {
            throw new AccessDeniedException("Confirm your password to sign.");
        }
        Minutes signed = MeetingLocks.lockedMinutes(entityManager, Lookups.meeting(entityManager, meetingId));
        MinutesDocument document = minutes.read(meetingId);
        if (!document.approved()) {
            throw InvalidInputException.of("password", "The minutes have not been approved as a true record: put them on"
                    + " a later meeting's agenda and record that meeting's decision on them first. The minutes were"
                    + " not signed.");
        }
        if (!document.contentHash().equals(hashShown)) {
            throw InvalidInputException.of("password", "The minutes changed after you opened them. Read them again,"
                    + " then sign. The minutes were not signed.");
        }
        signed.sign(entityManager.find(Account.class, caller.accountId()), document.contentHash(), Instant.now());
        document.meeting().setState(MeetingState.MINUTES_APPROVED);
        entityManager.flush();
        return signed;
    }
}
