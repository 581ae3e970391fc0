/** The pages of the workspace's forms filled in from the toolkit's templates, their history and PDF. */
package org.consortia.web.forms;
