package org.consortia.attention;

import java.io.Serializable;
import java.time.LocalDate;

/** Something in a workspace that the signed-in user should act on, with the page where they can. */
public record AttentionItem(String title, String detail, String workspacePage, LocalDate due) implements Serializable {
}
