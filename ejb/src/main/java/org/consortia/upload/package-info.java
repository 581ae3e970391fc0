/**
 * Files people upload: checked for a safe name, a size within the limit and a type read from their
 * content, before anything is stored.
 */
package org.consortia.upload;
