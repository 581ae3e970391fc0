/** What every PDF the portal writes shares: fonts that can print any name. */
package org.consortia.pdf;
