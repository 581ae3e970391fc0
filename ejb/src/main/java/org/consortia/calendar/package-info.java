/** People's private calendar feeds of their partnerships' meetings. */
package org.consortia.calendar;
