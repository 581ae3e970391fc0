package org.consortia.access;

/**
 * A role that the permission matrix grants actions to: a council-wide role or a workspace role.
 */
public interface Role {

    String name();

    /** The role's name as the UI shows it. */
    String label();
}
