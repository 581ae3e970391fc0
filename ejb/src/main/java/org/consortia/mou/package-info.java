/**
 * Memorandum of Understanding services: co-editing sections with conflict detection, rich text
 * sanitising, putting for agreement and signing exact versions.
 */
package org.consortia.mou;
