/** The Memorandum of Understanding page of a workspace. */
package org.consortia.web.mou;
