/**
 * History: the Envers revision entity and the listener that records who changed what, when and in
 * which workspace. Reading history is the service layer's job, always restricted to one workspace.
 */
package org.consortia.history;
