/**
 * Whether the portal can serve: telling a database outage from any other failure, and the
 * readiness the server reports to load balancers.
 */
package org.consortia.availability;
