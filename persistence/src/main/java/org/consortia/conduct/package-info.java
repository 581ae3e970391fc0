/** The code of conduct of a workspace: its published versions and the representatives' signatures. */
package org.consortia.conduct;
