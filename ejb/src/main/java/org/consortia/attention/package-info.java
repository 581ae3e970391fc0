/**
 * Attention: the workspace home's "needs your attention" panel, gathered from every feature that
 * implements an attention source.
 */
package org.consortia.attention;
