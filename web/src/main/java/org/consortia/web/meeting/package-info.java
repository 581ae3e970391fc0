/** Meetings: the meeting rules page. */
package org.consortia.web.meeting;
