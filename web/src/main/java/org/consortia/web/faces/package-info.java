/** Faces helpers shared by every page: field messages and the labels of the domain's lists. */
package org.consortia.web.faces;
