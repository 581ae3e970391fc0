/** The page of a partnership's business case: the questions asked first, the case and its approval chain. */
package org.consortia.web.businesscase;
