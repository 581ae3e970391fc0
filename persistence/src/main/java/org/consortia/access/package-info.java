/** Access: the common type of council-wide and workspace roles that the permission matrix speaks of. */
package org.consortia.access;
