/** The pages of the joint annual report on the Council's involvement in partnerships, and its PDF. */
package org.consortia.web.annualreport;
