package org.consortia.export;

import java.util.Locale;

/**
 * The name an uploaded file (a meeting paper, a document attached to a form) downloads under: built
 * from the uploaded name, but only of lower-case letters, digits and hyphens, so that nothing a
 * person typed reaches a response header as it was typed.
 */
public final class UploadedNames {

    private static final int BASE_LIMIT = 100;

    private UploadedNames() {
    }

    /** "paper-7-budget-2027-28-final.pdf" for paper 7 uploaded as "Budget 2027/28 (FINAL).PDF". */
    public static String downloadName(String kind, long id, String uploadedName) {
        String lower = uploadedName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1).replaceAll("[^a-z]", "");
        String base = (dot < 0 ? lower : lower.substring(0, dot)).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > BASE_LIMIT) {
            base = base.substring(0, BASE_LIMIT).replaceAll("-+$", "");
        }
        return kind + "-" + id + (base.isEmpty() ? "" : "-" + base)
                + (extension.length() >= 2 && extension.length() <= 5 ? "." + extension : ".bin");
    }
}
