/**
 * Identity: organisations, user accounts with their council-wide roles, and the record of failed
 * logins. These are global, not workspace rows: one person can sit on many partnerships.
 */
package org.consortia.identity;
