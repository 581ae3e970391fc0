package org.consortia.identity;

/**
 * Where the current request comes from: the client's address (as the trusted proxy forwards it,
 * when there is one) and the token of the browser's known-device cookie, if it sent one. The web
 * layer sets it for each request; calls from elsewhere have an unknown origin.
 */
public record SignInOrigin(String clientAddress, String deviceToken) {

    public static final SignInOrigin UNKNOWN = new SignInOrigin(null, null);

    private static final ThreadLocal<SignInOrigin> CURRENT = new ThreadLocal<>();

    public static SignInOrigin current() {
        SignInOrigin origin = CURRENT.get();
        return origin == null ? UNKNOWN : origin;
    }

    public static void set(SignInOrigin origin) {
        CURRENT.set(origin);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
