/**
 * The partnership cycle of Appendix 1 as the partnership record shows it: the stage the council is
 * at (forming, performing, ending, ended) and, for each stage, the documents and forms it asks for,
 * where each stands and what is outstanding.
 */
package org.consortia.cycle;
