package org.consortia.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.consortia.access.InvalidInputException;
import org.consortia.text.UkDates;

/**
 * Asks a signed-in person for their password again before an act that binds their organisation
 * or changes their password. Wrong answers count towards the same lock-out as the login page, so a
 * session left open cannot be used to guess the password. Runs outside any transaction, like the
 * login page: callers confirm first, then act in a transaction of their own with the proof.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PasswordConfirmation {

    /** How a confirmation went. */
    public enum Outcome {
        CONFIRMED,
        WRONG,
        /** The password is right; the account's second factor asks for a code, and none was given. */
        CODE_NEEDED,
        /** The password is right, the code is not. */
        WRONG_CODE,
        LOCKED,
        BUSY
    }

    /** The outcome, the proof when confirmed, and, when locked, when the person may try again. */
    public record Result(Outcome outcome, PasswordProof proof, Instant lockedUntil) {
    }

    /** What a person is told when every password check slot is taken. */
    public static final String BUSY_MESSAGE = "Too many sign-in attempts are being checked. Try again in a moment.";

    /** The field beside which a missing or wrong code is shown. */
    public static final String CODE_FIELD = "code";

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm").withZone(UkDates.LONDON);

    @Inject
    PasswordGate gate;

    /**
     * The proof that the person typed their password, or a refusal shown beside the password field
     * {@code field}: {@code wrong} when it is not right, when to try again while the account is
     * locked, to wait a moment while every check is busy. {@code outcome} ends each refusal with what
     * did not happen ("Nothing was signed."), or is empty.
     */
    public PasswordProof require(Account account, String password, String code, String field, String wrong,
            String outcome) {
        Result result = confirm(account, password, code);
        String refusal = switch (result.outcome()) {
            case CONFIRMED -> null;
            case WRONG -> wrong;
            case CODE_NEEDED -> null;
            case WRONG_CODE -> null;
            case LOCKED -> "Too many wrong passwords have been given for your account. Try again after "
                    + (result.lockedUntil() == null ? "a few minutes"
                            : TIME_OF_DAY.format(result.lockedUntil().plusSeconds(60))) + ".";
            case BUSY -> BUSY_MESSAGE;
        };
        if (refusal != null) {
            throw InvalidInputException.of(field, outcome.isEmpty() ? refusal : refusal + " " + outcome);
        }
        if (result.outcome() == Outcome.CODE_NEEDED || result.outcome() == Outcome.WRONG_CODE) {
            String problem = result.outcome() == Outcome.CODE_NEEDED ? "Enter the code your authenticator app shows now."
                    : "That code is not right. Enter the code your authenticator app shows now, or one of your recovery"
                            + " codes.";
            throw InvalidInputException.of(CODE_FIELD, outcome.isEmpty() ? problem : problem + " " + outcome);
        }
        return result.proof();
    }

    /**
     * Checks the password and, for an account with a second factor, the code of its authenticator
     * app (or a recovery code) after it; both count towards the sign-in lock-out.
     */
    public Result confirm(Account account, String password, String code) {
        PasswordCheck check = gate.check(account.getEmail(), password, false);
        if (check.outcome() == LoginOutcome.SECOND_FACTOR_NEEDED && account.getId().equals(check.accountId())) {
            if (code == null || code.isBlank()) {
                return new Result(Outcome.CODE_NEEDED, null, null);
            }
            check = gate.checkCode(account.getEmail(), account.getId(), code, false);
            if (check.outcome() == LoginOutcome.INVALID_CREDENTIALS) {
                return new Result(Outcome.WRONG_CODE, null, null);
            }
        }
        Outcome outcome = switch (check.outcome()) {
            case SIGNED_IN -> account.getId().equals(check.accountId()) ? Outcome.CONFIRMED : Outcome.WRONG;
            case SECOND_FACTOR_NEEDED -> Outcome.WRONG;
            case LOCKED, CLIENT_LOCKED -> Outcome.LOCKED;
            case BUSY -> Outcome.BUSY;
            case INVALID_CREDENTIALS -> Outcome.WRONG;
        };
        return new Result(outcome, outcome == Outcome.CONFIRMED ? new PasswordProof(account.getId(), Instant.now()) : null,
                check.lockedUntil());
    }
}
