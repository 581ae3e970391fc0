/** The public register of partnerships as a page, a CSV download and JSON, and the REST application. */
package org.consortia.web.register;
