package org.consortia.forms;

/**
 * The kinds of answer a template's question can take. Every answer is stored as text in one
 * canonical form per kind ({@link AnswerValues} reads and checks it), so one table keeps the answers
 * of every template and a template can change its questions without a change to the database.
 */
public enum AnswerKind {
    /** Free text. */
    TEXT,
    /** Yes or no, stored as {@code yes} or {@code no}. */
    YES_NO,
    /** A box ticked or not, stored as {@code ticked} or nothing. */
    TICK,
    /** One of the question's listed options, stored as the option's key. */
    CHOICE,
    /** The annual review's self-assessment, stored as 1, 2 or 3. */
    SCORE,
    /** An amount of money, stored as a whole number of pence: never a floating-point number. */
    MONEY,
    /** A date, stored as yyyy-mm-dd. */
    DATE,
    /** Rows of named columns, stored as JSON: an array of objects keyed by column. */
    TABLE,
    /** A record of the portal, stored as its kind and id, for example {@code risk:12}. */
    LINK
}
