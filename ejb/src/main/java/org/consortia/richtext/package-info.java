/** Rich text: the server-side allow-list that every member-written HTML passes before it is stored. */
package org.consortia.richtext;
