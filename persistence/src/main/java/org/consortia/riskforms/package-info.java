/**
 * The risk management forms each workspace answers and keeps (Appendices C and 9): the "managing risk
 * and opportunity" checklist and the insurance considerations table, every answer versioned.
 */
package org.consortia.riskforms;
