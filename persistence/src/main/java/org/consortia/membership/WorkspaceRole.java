package org.consortia.membership;

import org.consortia.access.Role;

/** The roles a representative holds inside one partnership's workspace. */
public enum WorkspaceRole implements Role {
    CHAIR("Chair"),
    VICE_CHAIR("Vice-chair"),
    OFFICER_REPRESENTATIVE("Officer representative"),
    MEMBER_REPRESENTATIVE("Member representative"),
    ELECTED_MEMBER("Elected Member"),
    SECRETARIAT("Secretariat"),
    OBSERVER("Observer");

    private final String label;

    WorkspaceRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
