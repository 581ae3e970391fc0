/** Identity views: login, sign-out, own password, and the administration of accounts and organisations. */
package org.consortia.web.identity;
