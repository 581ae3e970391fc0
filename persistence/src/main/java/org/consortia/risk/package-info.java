/**
 * The joint risk register of a workspace (section 10, Appendices 8, B, C and 9): risks and
 * opportunities with their scores, ownership, allocation and contingency plans, and the tolerance
 * the partners agree.
 */
package org.consortia.risk;
