/** How large a form with a file may be, for every address of the portal. */
package org.consortia.web.upload;
