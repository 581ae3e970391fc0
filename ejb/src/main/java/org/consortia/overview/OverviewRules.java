package org.consortia.overview;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.consortia.mou.MouState;
import org.consortia.text.UkDates;

/**
 * The rules that rate each cell of the council's overview, and the same rules in words for the page:
 * what the page says is what the code does.
 */
public final class OverviewRules {

    /** How soon before a date something counts as due soon. */
    static final int SOON_DAYS = 30;
    /** How soon before the yearly review of the business case it counts as due soon. */
    static final int REVIEW_SOON_DAYS = 60;
    /** From how many risks above tolerance or overdue actions a partnership is rated red. */
    static final int RED_FROM = 3;

    /** Each rule in words, by the column it rates. */
    public static final Map<String, String> IN_WORDS = inWords();

    private OverviewRules() {
    }

    private static Map<String, String> inWords() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("Memorandum", "Red: none started, or its review date has passed. Amber: not yet agreed and signed by"
                + " every member, or its review falls within " + SOON_DAYS + " days. Green: agreed, with its review"
                + " further off. Not due while the partnership is forming.");
        rules.put("Code of conduct", "Green: every representative in office has signed the current version. Amber: some"
                + " have not. Red: none has. Not due with no representatives in office.");
        rules.put("Risks above tolerance", "Open entries of the joint risk register whose score after controls is above"
                + " the partnership's tolerance. Green: none. Amber: 1 or 2. Red: " + RED_FROM + " or more.");
        rules.put("Overdue actions", "Mitigation actions of open entries past their deadline and not done. Green: none."
                + " Amber: 1 or 2. Red: " + RED_FROM + " or more.");
        rules.put("Next progress report", "Red: overdue. Amber: due within " + SOON_DAYS + " days. Green: due later."
                + " Not due before the Council enters the partnership, for a sub-group (it reports through its parent)"
                + " or once the Council's involvement has ended.");
        rules.put("Next review", "The business case for continuing is demonstrated each year, then the partnership is"
                + " reviewed. Red: the business case could not be demonstrated, or a year has passed since it last was."
                + " Amber: due within " + REVIEW_SOON_DAYS + " days. Green: due later. Not due unless the partnership"
                + " is performing.");
        return Collections.unmodifiableMap(rules);
    }

    static OverviewCell memorandum(MouState state, LocalDate reviewDate, boolean due, LocalDate today, String link) {
        if (state == null) {
            return new OverviewCell("Not started", due ? Rating.RED : Rating.NOT_DUE, link);
        }
        String review = reviewDate == null ? "" : "; review by " + UkDates.day(reviewDate);
        if (!due) {
            return new OverviewCell(state.label() + review, Rating.NOT_DUE, link);
        }
        if (reviewDate != null && reviewDate.isBefore(today)) {
            return new OverviewCell(state.label() + "; its review was due on " + UkDates.day(reviewDate), Rating.RED, link);
        }
        boolean reviewSoon = reviewDate != null && !reviewDate.isAfter(today.plusDays(SOON_DAYS));
        return new OverviewCell(state.label() + review,
                state != MouState.AGREED || reviewSoon ? Rating.AMBER : Rating.GREEN, link);
    }

    static OverviewCell conduct(long inOffice, long signed, String link) {
        String text = signed + " of " + inOffice + " representatives in office have signed";
        if (inOffice == 0) {
            return new OverviewCell("No representatives in office", Rating.NOT_DUE, link);
        }
        return new OverviewCell(text, signed == inOffice ? Rating.GREEN : signed == 0 ? Rating.RED : Rating.AMBER, link);
    }

    static OverviewCell count(long count, String one, String many, String link) {
        return new OverviewCell(count + " " + (count == 1 ? one : many),
                count == 0 ? Rating.GREEN : count < RED_FROM ? Rating.AMBER : Rating.RED, link);
    }

    /** A date something is due by: overdue, due soon, or further off. */
    static OverviewCell dueBy(String what, LocalDate due, int soonDays, LocalDate today, String link) {
        if (today.isAfter(due)) {
            return new OverviewCell(what + " overdue since " + UkDates.day(due), Rating.RED, link);
        }
        return new OverviewCell(what + " due by " + UkDates.day(due),
                due.isAfter(today.plusDays(soonDays)) ? Rating.GREEN : Rating.AMBER, link);
    }
}
