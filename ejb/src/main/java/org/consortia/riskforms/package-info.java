/**
 * The risk management forms of a workspace (Appendices C and 9): answering them, saving without
 * overwriting anyone else's answer, and their history.
 */
package org.consortia.riskforms;
