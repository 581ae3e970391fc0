/**
 * The Memorandum of Understanding of a workspace (Appendix 10): its sections under the model's
 * headings, its state, and the member organisations' sign-offs of exact versions.
 */
package org.consortia.mou;
