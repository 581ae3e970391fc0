/** Code of conduct services: publishing versions, signing the current one, and who has not signed. */
package org.consortia.conduct;
