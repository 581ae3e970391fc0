package org.consortia.overview;

import java.io.Serializable;

/** What the overview says of one thing for one partnership: in words, its rating, and the page of its evidence. */
public record OverviewCell(String text, Rating rating, String link) implements Serializable {
}
