/**
 * Tenancy: the current workspace of a thread, the Hibernate resolver that turns it into the tenant
 * of each session, and the base class of workspace rows. Uses only Hibernate and the JDK.
 */
package org.consortia.tenancy;
