/** Views of the partnership database: the filtered list, a record, and its create and edit form. */
package org.consortia.web.partnership;
