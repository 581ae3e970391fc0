package org.consortia.history;

/**
 * Who is changing data on this thread, for the revision that Envers writes. The service layer sets
 * it when it identifies the caller; a change made with no author (start-up data) records none.
 */
public final class RevisionAuthor {

    public record Author(long accountId, String name, Long organisationId, String organisationName) {
    }

    private static final ThreadLocal<Author> AUTHOR = new ThreadLocal<>();

    private RevisionAuthor() {
    }

    public static void set(Author author) {
        AUTHOR.set(author);
    }

    public static Author get() {
        return AUTHOR.get();
    }

    public static void clear() {
        AUTHOR.remove();
    }
}
