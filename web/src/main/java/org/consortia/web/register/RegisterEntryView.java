package org.consortia.web.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.access.RecordNotFoundException;
import org.consortia.meeting.PublicMeeting;
import org.consortia.meeting.PublicMeetings;
import org.consortia.partnership.PartnershipService;
import org.consortia.partnership.RegisterEntry;

/**
 * One partnership's page of the public register ({@code register-entry.xhtml}): its public record and
 * the meetings it holds in public, with their published agendas and signed minutes. Open to anyone.
 */
@Named
@RequestScoped
public class RegisterEntryView {

    @Inject
    PartnershipService partnerships;

    @Inject
    PublicMeetings publicMeetings;

    private String slug;
    private RegisterEntry entry;
    private List<PublicMeeting> meetings;

    public void load() {
        entry = partnerships.register().stream().filter(listed -> listed.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("No such partnership on the public register."));
        meetings = publicMeetings.of(slug);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public RegisterEntry getEntry() {
        return entry;
    }

    public List<PublicMeeting> getMeetings() {
        return meetings;
    }
}
