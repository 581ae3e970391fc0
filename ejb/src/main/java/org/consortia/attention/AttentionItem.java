package org.consortia.attention;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Something in a workspace that the signed-in user should act on, with the page where they can.
 *
 * @param workspacePage the workspace's page ("risk?id=4"), or a page of the portal from its root ("/partnerships/...")
 */
public record AttentionItem(String title, String detail, String workspacePage, LocalDate due) implements Serializable {

    /** The page's address from the portal's root, for the workspace with this address name. */
    public String address(String slug) {
        return addressOf(workspacePage, slug);
    }

    /** A page of a workspace ({@link #workspacePage}) as its address from the portal's root. */
    public static String addressOf(String page, String slug) {
        return page.startsWith("/") ? page : "/w/" + slug + "/" + page;
    }
}
