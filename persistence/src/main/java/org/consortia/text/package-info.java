/** Writing values out in the portal's British English. */
package org.consortia.text;
