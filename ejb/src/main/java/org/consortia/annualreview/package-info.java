/**
 * The annual review of a partnership (section 9, Appendices 4 and 4a): once the business case is
 * demonstrated for the year, the officer representative reviews the partnership against Appendix
 * 4a, with the evidence the portal already knows filled in to confirm; the accountable Head of
 * Service evaluates it and reports it to the Corporate Management Team, who consider it.
 */
package org.consortia.annualreview;
