/**
 * Export: every download the portal serves goes out through one response, with the same headers, and
 * a refused one is answered with the status a page would get.
 */
package org.consortia.web.export;
