/** Web tenancy: workspace addresses, the workspace of each request, and the workspace switcher. */
package org.consortia.web.tenancy;
