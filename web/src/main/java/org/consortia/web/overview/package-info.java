/** The council's overview page of every partnership, with its ratings, and its CSV. */
package org.consortia.web.overview;
