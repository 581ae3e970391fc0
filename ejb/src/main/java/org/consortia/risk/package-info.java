/** Joint risk register services: keeping entries, the tolerance, and the filtered register list. */
package org.consortia.risk;
