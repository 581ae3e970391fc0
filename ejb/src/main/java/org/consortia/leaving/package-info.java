/**
 * Leaving a partnership (section 11, Appendix 5): the Executive's (or full Council's) decision that
 * the Council's involvement ends, with its reason and the day it ends, which moves the partnership to
 * ending and then ended; and the exit report the officer representative completes within three
 * months and submits to the Corporate Management Team.
 */
package org.consortia.leaving;
