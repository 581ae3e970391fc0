/** The page and downloads of leaving a partnership (section 11, Appendix 5). */
package org.consortia.web.leaving;
