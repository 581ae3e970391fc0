/** Demo data: a small council with partners, partnerships and a user for every role, for the run command. */
package org.consortia.demo;
