/**
 * The chains of the council's own forms of a partnership (the business case, the progress report):
 * the people a chain names, who may take which step, each step recorded in turn, one at a time, and
 * when the framework's forms fall due.
 */
package org.consortia.chain;
