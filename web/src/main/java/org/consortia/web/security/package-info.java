/**
 * Web security: form login through the portal's identity store, security headers, the session
 * cookie's SameSite attribute, and ending the sessions of disabled accounts.
 */
package org.consortia.web.security;
