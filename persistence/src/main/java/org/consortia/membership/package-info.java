/**
 * Membership: the organisations in a partnership and the people who represent them, with their
 * workspace roles and terms of office. These are workspace rows, filtered by the current tenant.
 */
package org.consortia.membership;
