/** Listing: pages of results sorted and cut in the database, shared by every list in the portal. */
package org.consortia.listing;
