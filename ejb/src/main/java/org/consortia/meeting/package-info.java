/** Meetings: the workspace's meeting rules, read by everyone in it and set by its chairs. */
package org.consortia.meeting;
