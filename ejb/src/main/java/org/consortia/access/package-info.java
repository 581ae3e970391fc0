/**
 * Access: the permission matrix (role x action) and the exceptions every service raises when a
 * caller may not act, a record is out of reach, input is invalid or an edit came too late; and the
 * memo that lets a transaction work out who the caller is only once.
 */
package org.consortia.access;
