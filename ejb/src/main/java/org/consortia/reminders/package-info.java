/**
 * Reminders: once a day, and at start-up after a day's run was missed, every workspace's due items
 * are e-mailed to the people who are to act on them, once for each item and person.
 */
package org.consortia.reminders;
