package org.consortia.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.consortia.membership.MembershipService;
import org.consortia.membership.Representative;

/**
 * The workspace home: who sits on the partnership and in which role. The "needs your attention"
 * panel is filled by the features that create work for members.
 */
@Named
@RequestScoped
public class WorkspaceHomeView {

    @Inject
    MembershipService membership;

    private List<Representative> inOffice;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now();
        inOffice = membership.representatives().stream()
                .filter(representative -> representative.isInOfficeOn(today))
                .toList();
    }

    public List<Representative> getInOffice() {
        return inOffice;
    }
}
