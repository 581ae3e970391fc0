/**
 * History services: revisions of a record with who, when and field-by-field changes, always read
 * within the workspace the record belongs to.
 */
package org.consortia.history;
