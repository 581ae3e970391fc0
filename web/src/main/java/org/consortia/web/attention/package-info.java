/** What needs the signed-in person's attention, gathered across their workspaces. */
package org.consortia.web.attention;
