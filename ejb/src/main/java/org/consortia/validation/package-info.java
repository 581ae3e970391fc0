/** Validation: turns Bean Validation results into field messages that every service reports alike. */
package org.consortia.validation;
