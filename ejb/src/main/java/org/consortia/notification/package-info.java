/**
 * The notification layer: the e-mails the portal sends, queued once for each event and person in an
 * outbox and sent through the server's mail session, retried with back-off while the mail server is
 * down.
 */
package org.consortia.notification;
