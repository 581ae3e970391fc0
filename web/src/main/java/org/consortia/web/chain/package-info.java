/** What the pages of the council's chained forms (the business case, the progress report) share. */
package org.consortia.web.chain;
