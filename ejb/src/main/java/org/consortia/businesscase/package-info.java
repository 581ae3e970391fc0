/**
 * Making the business case for a partnership (section 7, Appendices A, 2 and 2a): the questions to
 * ask first, the case itself, and its approval chain from the officer through the Head of Service,
 * financial and legal advice to the Executive's decision, which moves the partnership to performing.
 */
package org.consortia.businesscase;
