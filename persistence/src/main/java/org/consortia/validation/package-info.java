/** Validation: Bean Validation constraints shared by the entities of every feature. */
package org.consortia.validation;
