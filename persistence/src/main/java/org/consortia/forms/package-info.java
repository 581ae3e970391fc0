/**
 * The toolkit's templates as data, and the forms filled in from them: a template (one file per
 * template and version under {@code forms/} in this module's resources) lists its sections and
 * questions in the framework's words and the kind of answer each takes; a filled form keeps one
 * versioned answer per question and the template version it was answered against.
 */
package org.consortia.forms;
