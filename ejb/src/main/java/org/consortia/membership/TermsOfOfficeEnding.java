package org.consortia.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.consortia.access.Action;
import org.consortia.attention.DueItem;
import org.consortia.attention.DueSource;
import org.consortia.text.UkDates;

/**
 * Terms of office that end within the next two months: due from the representative, and from those
 * who manage membership, so that reappointments are made in time.
 */
@ApplicationScoped
public class TermsOfOfficeEnding implements DueSource {

    static final int NOTICE_DAYS = 60;

    @Inject
    WorkspaceRepresentatives representatives;

    @Override
    public List<DueItem> dueIn(LocalDate today) {
        LocalDate horizon = today.plusDays(NOTICE_DAYS);
        Set<Long> managers = representatives.allowedTo(Action.MANAGE_MEMBERSHIP, today);
        List<DueItem> items = new ArrayList<>();
        representatives.all().stream()
                .filter(representative -> representative.getMembership().getLeftOn() == null
                        && representative.getEndedAt() == null && representative.getTermEnd() != null
                        && !representative.getTermEnd().isBefore(today) && !representative.getTermEnd().isAfter(horizon))
                .sorted(Comparator.comparing(Representative::getTermEnd))
                .forEach(representative -> {
                    long person = representative.getAccount().getId();
                    String ends = UkDates.DAY.format(representative.getTermEnd());
                    String key = representative.getId() + ":" + representative.getTermEnd();
                    String capacity = representative.getRole().label() + " for "
                            + representative.getMembership().getOrganisation().getName();
                    Set<Long> others = new HashSet<>(managers);
                    others.remove(person);
                    items.add(new DueItem("term-ending:" + key, Set.of(person), "Your term of office ends on " + ends,
                            capacity + (managers.contains(person) ? ". Reappoint them or appoint a successor." : "."),
                            "members", representative.getTermEnd()));
                    items.add(new DueItem("term-ending-successor:" + key, others,
                            representative.getAccount().getName() + "'s term of office ends on " + ends,
                            capacity + ". Reappoint them or appoint a successor.", "members",
                            representative.getTermEnd()));
                });
        return items;
    }
}
