package org.consortia.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.businesscase.BusinessCaseService;
import org.consortia.membership.MembershipService;
import org.consortia.mou.Mou;
import org.consortia.mou.MouService;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipService;
import org.consortia.membership.Representative;

/**
 * The workspace home: who sits on the partnership and in which role, and what needs the user's
 * attention there.
 */
@Named
@RequestScoped
public class WorkspaceHomeView {

    @Inject
    MembershipService membership;

    @Inject
    AttentionService attention;

    @Inject
    PartnershipService partnerships;

    @Inject
    MouService mou;

    @Inject
    BusinessCaseService businessCases;

    private Mou memorandum;

    private Partnership partnership;

    private List<Representative> inOffice;
    private List<AttentionItem> needsAttention;
    private boolean businessCaseOpen;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now();
        inOffice = membership.representatives().stream()
                .filter(representative -> representative.isInOfficeOn(today))
                .toList();
        needsAttention = attention.forCurrentWorkspace();
        partnership = partnerships.ofCurrentWorkspace();
        memorandum = mou.summary();
        businessCaseOpen = businessCases.isOpenToCaller(partnership);
    }

    /** Whether the caller may open the partnership's business case, which its partners never see. */
    public boolean isBusinessCaseOpen() {
        return businessCaseOpen;
    }

    public Mou getMemorandum() {
        return memorandum;
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public List<AttentionItem> getNeedsAttention() {
        return needsAttention;
    }

    public List<Representative> getInOffice() {
        return inOffice;
    }
}
