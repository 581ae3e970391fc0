/**
 * Inviting people by e-mail: to a workspace by those who appoint there, to the portal by
 * administrators; and accepting by the link. May use identity, membership, tenancy and notification.
 */
package org.consortia.invitation;
