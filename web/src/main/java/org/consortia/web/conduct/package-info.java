/** The code of conduct page of a workspace. */
package org.consortia.web.conduct;
