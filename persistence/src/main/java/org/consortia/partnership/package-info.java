/**
 * The partnership database of Appendix 7: each partnership's record, its type, legal status,
 * areas of work, accountability, dates, contributions and the council resources it draws on.
 */
package org.consortia.partnership;
