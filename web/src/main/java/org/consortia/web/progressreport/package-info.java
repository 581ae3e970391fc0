/** The pages and downloads of a partnership's progress reports (section 8, Appendix 3). */
package org.consortia.web.progressreport;
