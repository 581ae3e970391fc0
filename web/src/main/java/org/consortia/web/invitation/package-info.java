/** The page an invitation's link opens, and the forms that invite people. */
package org.consortia.web.invitation;
