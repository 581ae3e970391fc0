/**
 * Meetings: the rules a partnership sets for its meetings (quorum, how often, when, notice of the
 * agenda), as the model Memorandum's "Meetings" heading asks each partnership to settle.
 */
package org.consortia.meeting;
