/**
 * Access: the permission matrix (role x action) and the exceptions every service raises when a
 * caller may not act, a record is out of reach, input is invalid or an edit came too late.
 */
package org.consortia.access;
