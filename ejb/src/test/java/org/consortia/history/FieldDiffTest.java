package org.consortia.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.consortia.identity.Organisation;
import org.consortia.identity.Sector;
import org.consortia.partnership.CouncilResource;
import org.consortia.partnership.LegalStatus;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipType;
import org.consortia.partnership.Theme;
import org.junit.jupiter.api.Test;

class FieldDiffTest {

    @Test
    void describesOnlyTheFieldsThatChangedInWords() {
        Partnership before = new Partnership("Safer Redditch", "safer-redditch", PartnershipType.COLLABORATIVE,
                LegalStatus.NO_SEPARATE_LEGAL_IDENTITY, LocalDate.of(2020, 4, 1));
        Partnership after = new Partnership("Safer Redditch", "safer-redditch", PartnershipType.COLLABORATIVE,
                LegalStatus.NO_SEPARATE_LEGAL_IDENTITY, LocalDate.of(2020, 4, 1));
        after.setStage(LifecycleStage.ENDING);
        after.setStatutory(true);
        after.setThemes(EnumSet.of(Theme.HOUSING, Theme.COMMUNITY_SAFETY));
        after.setCouncilResources(Map.of(CouncilResource.FINANCE, "£5,000"));

        List<FieldChange> changes = FieldDiff.between(before, after);

        assertEquals(List.of(
                new FieldChange("Statutory", "No", "Yes"),
                new FieldChange("Stage", "Forming", "Ending"),
                new FieldChange("Themes", null, "Community safety, Housing"),
                new FieldChange("Council resources", null, "Finance: £5,000")), changes);
    }

    @Test
    void aNewRecordShowsEveryFilledFieldAndHidesIdsAndVersions() {
        List<FieldChange> changes = FieldDiff.between(null, new Organisation("West Mercia Police", Sector.PUBLIC,
                "Police force"));
        assertEquals(List.of(
                new FieldChange("Name", null, "West Mercia Police"),
                new FieldChange("Sector", null, "Public"),
                new FieldChange("Type", null, "Police force"),
                new FieldChange("Enabled", null, "Yes")), changes);
    }

    @Test
    void labelsReadAsWords() {
        assertEquals("Proposed end date", FieldDiff.labelOf("proposedEndDate"));
        assertEquals("Name", FieldDiff.labelOf("name"));
        assertEquals("1 April 2026", FieldDiff.describe(LocalDate.of(2026, 4, 1)));
        assertNull(FieldDiff.describe(List.of()));
    }

    @Test
    void momentsAreShownInUkTime() {
        assertEquals("6 July 2027, 10:00", FieldDiff.describe(java.time.Instant.parse("2027-07-06T09:00:00Z")),
                "British Summer Time");
        assertEquals("16 March 2027, 10:00", FieldDiff.describe(java.time.Instant.parse("2027-03-16T10:00:00Z")));
    }
}
