/** Membership services: who belongs to the current workspace, in which role and for which term. */
package org.consortia.membership;
