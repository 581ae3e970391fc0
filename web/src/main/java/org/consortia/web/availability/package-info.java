/**
 * While the database is out of reach: pages answer "temporarily unavailable" with a time to retry,
 * and a form whose save could not reach the database comes back with everything the user entered.
 */
package org.consortia.web.availability;
