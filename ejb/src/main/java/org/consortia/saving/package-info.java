/**
 * Saving: the optimistic save every edit of a shared record goes through, so that two people editing
 * the same record never overwrite each other silently.
 */
package org.consortia.saving;
