/**
 * Reporting on a partnership's activities and progress (section 8, Appendix 3): a report for each
 * period, six-monthly or annual from the day the Council entered the partnership, written by the
 * officer representative, submitted by the accountable Head of Service to the Corporate Management
 * Team and the Portfolio Holder, who comment on it once received.
 */
package org.consortia.progressreport;
