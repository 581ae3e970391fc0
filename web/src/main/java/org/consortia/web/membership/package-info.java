/** Workspace views of membership: the workspace home and the members page. */
package org.consortia.web.membership;
