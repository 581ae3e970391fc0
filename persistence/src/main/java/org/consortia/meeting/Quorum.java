package org.consortia.meeting;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.membership.WorkspaceRole;

/**
 * Whether enough member organisations were represented: an organisation counts when someone entitled
 * to take part attended for it (a representative who is no observer, or a substitute for one) and,
 * for an agenda item, did not withdraw from it.
 */
public record Quorum(int memberOrganisations, int needed, int represented) implements Serializable {

    public static Quorum of(MeetingRules rules, int memberOrganisations, Collection<Attendance> attendance,
            Set<Long> withdrawn) {
        Set<Long> representedOrganisations = attendance.stream()
                .filter(Attendance::attended)
                .filter(present -> present.getRepresentative().getRole() != WorkspaceRole.OBSERVER)
                .filter(present -> !withdrawn.contains(present.getId()))
                .map(present -> present.getRepresentative().getMembership().getId())
                .collect(Collectors.toSet());
        return new Quorum(memberOrganisations, rules.quorumOf(memberOrganisations), representedOrganisations.size());
    }

    public boolean quorate() {
        return represented >= needed;
    }

    /** "Quorate: 3 of the 5 member organisations represented, 3 needed." */
    public String inWords() {
        return (quorate() ? "Quorate: " : "Inquorate: ") + represented + " of the " + memberOrganisations
                + (memberOrganisations == 1 ? " member organisation" : " member organisations") + " represented, "
                + needed + " needed.";
    }
}
