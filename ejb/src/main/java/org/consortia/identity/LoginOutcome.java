package org.consortia.identity;

/** The result of a login attempt; the page says the same for unknown and wrong credentials. */
public enum LoginOutcome {
    SIGNED_IN,
    /** The password is right, and the account uses a second factor: its code comes next. */
    SECOND_FACTOR_NEEDED,
    INVALID_CREDENTIALS,
    /** Too many failures for the e-mail address (or for this browser, when it is a known device). */
    LOCKED,
    /** Too many failures from the client's address, whatever e-mail addresses it tried. */
    CLIENT_LOCKED,
    /** Every password check slot is taken; try again in a moment. */
    BUSY
}
