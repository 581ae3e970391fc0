/**
 * Forms filled in from the toolkit's templates: the templates read and checked at start-up, answering
 * a form without overwriting anyone else's answer, its history and its PDF.
 */
package org.consortia.forms;
