/**
 * Identity services: the current caller, login checks with lock-out, password hashing, and the
 * administration of accounts and organisations.
 */
package org.consortia.identity;
