package org.consortia.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.consortia.access.Action;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.identity.Caller;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/**
 * Terms of office that end within the next two months: the representative sees their own, and those
 * who manage membership see everyone's, so that reappointments are made in time.
 */
@ApplicationScoped
public class TermsOfOfficeEnding implements AttentionSource {

    static final int NOTICE_DAYS = 60;

    @Inject
    WorkspaceRepresentatives representatives;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        LocalDate today = LocalDate.now();
        LocalDate horizon = today.plusDays(NOTICE_DAYS);
        boolean manages = workspace.may(Action.MANAGE_MEMBERSHIP);
        List<Representative> ending = representatives.all().stream()
                .filter(representative -> representative.getMembership().getLeftOn() == null
                        && representative.getEndedAt() == null && representative.getTermEnd() != null
                        && !representative.getTermEnd().isBefore(today) && !representative.getTermEnd().isAfter(horizon))
                .filter(representative -> manages || representative.getAccount().getId() == caller.accountId())
                .sorted(Comparator.comparing(Representative::getTermEnd))
                .toList();
        List<AttentionItem> items = new ArrayList<>();
        for (Representative representative : ending) {
            boolean own = representative.getAccount().getId() == caller.accountId();
            String title = own ? "Your term of office ends on " + UkDates.DAY.format(representative.getTermEnd())
                    : representative.getAccount().getName() + "'s term of office ends on "
                    + UkDates.DAY.format(representative.getTermEnd());
            items.add(new AttentionItem(title, representative.getRole().label() + " for "
                    + representative.getMembership().getOrganisation().getName()
                    + (manages ? ". Reappoint them or appoint a successor." : "."), "members",
                    representative.getTermEnd()));
        }
        return items;
    }
}
