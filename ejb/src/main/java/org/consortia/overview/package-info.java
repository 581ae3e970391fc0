/**
 * The council's overview of its partnerships: one row per partnership with where it stands on each
 * thing the framework asks of it, each rated red, amber or green by a rule written on the page.
 */
package org.consortia.overview;
