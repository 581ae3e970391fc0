/** The joint risk register pages of a workspace: the list with its heat map, and one entry's form. */
package org.consortia.web.risk;
