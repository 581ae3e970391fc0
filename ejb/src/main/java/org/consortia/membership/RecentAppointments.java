package org.consortia.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.identity.Caller;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/**
 * Tells everyone in a workspace about the appointments of the last two weeks, and who made them,
 * so that nobody gains a role without the partners hearing of it.
 */
@ApplicationScoped
public class RecentAppointments implements AttentionSource {

    static final Duration NOTICE = Duration.ofDays(14);

    @Inject
    WorkspaceRepresentatives representatives;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        Instant since = Instant.now().minus(NOTICE);
        return representatives.all().stream()
                .filter(representative -> representative.getAppointedBy() != null && representative.getAppointedAt() != null
                        && !representative.getAppointedAt().isBefore(since))
                .sorted(Comparator.comparing(Representative::getAppointedAt).reversed())
                .map(RecentAppointments::item)
                .toList();
    }

    private static AttentionItem item(Representative appointment) {
        String title = appointment.getAccount().getName() + " was appointed " + appointment.getRole().label()
                + " for " + appointment.getMembership().getOrganisation().getName();
        String detail = "By " + appointment.getAppointedBy().getName() + " (" + appointment.getAppointedAs() + ") on "
                + UkDates.DAY.format(appointment.getAppointedAt().atZone(ZoneId.systemDefault())) + ".";
        return new AttentionItem(title, detail, "members", null);
    }
}
