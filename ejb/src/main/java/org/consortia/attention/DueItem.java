package org.consortia.attention;

import java.time.LocalDate;
import java.util.Set;

/**
 * Something due or overdue in a workspace, for the people who are to act on it: the same item shows
 * in the workspace's "needs your attention", on each person's home page, and in their e-mail.
 *
 * @param key    names the item and its deadline once, so that it is e-mailed to each person once
 *               ({@code risk-review:12:2027-01-31}); a new deadline makes a new item
 * @param people the accounts that are to act on it
 * @param page   the workspace's page where they can, as {@link AttentionItem#workspacePage()}
 * @param due    the deadline, or null where there is none
 */
public record DueItem(String key, Set<Long> people, String title, String detail, String page, LocalDate due) {

    /** Within this many days of its deadline, or past it, an item is urgent: told at once, whatever the person chose. */
    public static final int URGENT_DAYS = 2;

    public DueItem {
        people = Set.copyOf(people);
    }

    public boolean isFor(long accountId) {
        return people.contains(accountId);
    }

    public boolean isUrgentOn(LocalDate today) {
        return due != null && !due.isAfter(today.plusDays(URGENT_DAYS));
    }

    public AttentionItem asAttention() {
        return new AttentionItem(title, detail, page, due);
    }
}
