/** Meetings in people's own calendars: one meeting's event, and each person's private feed. */
package org.consortia.web.calendar;
