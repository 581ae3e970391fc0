/**
 * Tenancy services: the gate that decides who may enter a workspace and act in it, and the
 * directory that finds workspaces by address and lists a person's own.
 */
package org.consortia.tenancy;
