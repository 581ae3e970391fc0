/**
 * Invitations by e-mail to the portal or to a workspace, whose link lets the invitee set their own
 * password (or, with an account, just accept). May use identity and membership.
 */
package org.consortia.invitation;
