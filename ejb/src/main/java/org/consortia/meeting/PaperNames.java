package org.consortia.meeting;

import java.util.Locale;

/**
 * The name a paper downloads under: built from the uploaded name, but only of lower-case letters,
 * digits and hyphens, so that nothing a person typed reaches a response header as it was typed.
 */
final class PaperNames {

    private static final int BASE_LIMIT = 100;

    private PaperNames() {
    }

    static String downloadName(long paperId, String uploadedName) {
        String lower = uploadedName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1).replaceAll("[^a-z]", "");
        String base = (dot < 0 ? lower : lower.substring(0, dot)).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > BASE_LIMIT) {
            base = base.substring(0, BASE_LIMIT).replaceAll("-+$", "");
        }
        return "paper-" + paperId + (base.isEmpty() ? "" : "-" + base)
                + (extension.length() >= 2 && extension.length() <= 5 ? "." + extension : ".bin");
    }
}
