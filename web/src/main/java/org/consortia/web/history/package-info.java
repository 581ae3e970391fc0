/** The history page of any record, shared by the database, the workspaces and administration. */
package org.consortia.web.history;
