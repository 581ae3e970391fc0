/** The pages of the workspace's risk management forms (Appendices C and 9) and their history. */
package org.consortia.web.riskforms;
