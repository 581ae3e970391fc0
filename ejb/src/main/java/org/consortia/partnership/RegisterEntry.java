package org.consortia.partnership;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A partnership as the public register shows it: no contact details, resources or funding. */
public record RegisterEntry(String name, String slug, String type, String legalStatus, boolean statutory,
        boolean significant, String stage, String purpose, String geographicalArea, List<String> themes,
        String clientGroups, String accountableTo, String headOfService, String officerRepresentative,
        LocalDate startDate, LocalDate proposedEndDate, List<String> memberOrganisations) implements Serializable {
}
