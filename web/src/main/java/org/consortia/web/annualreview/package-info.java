/** The pages and downloads of a partnership's annual reviews (section 9, Appendices 4 and 4a). */
package org.consortia.web.annualreview;
