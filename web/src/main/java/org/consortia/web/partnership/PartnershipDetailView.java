package org.consortia.web.partnership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.access.RecordNotFoundException;
import org.consortia.cycle.CycleService;
import org.consortia.cycle.PartnershipCycle;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipService;

/** One partnership's database record, read only, with where it stands in the partnership cycle. */
@Named
@RequestScoped
public class PartnershipDetailView {

    @Inject
    PartnershipService partnerships;

    @Inject
    CycleService cycles;

    private Long id;
    private Partnership partnership;
    private boolean mayEdit;
    private List<String> members;
    private PartnershipCycle cycle;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("No partnership chosen.");
        }
        partnership = partnerships.find(id);
        members = partnerships.memberOrganisations(id);
        mayEdit = partnerships.mayEdit(id);
        cycle = cycles.of(partnership);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Partnership getPartnership() {
        return partnership;
    }

    public List<String> getMembers() {
        return members;
    }

    public PartnershipCycle getCycle() {
        return cycle;
    }

    /** How much is outstanding, in a sentence. */
    public String getOutstandingSummary() {
        long outstanding = cycle.outstanding();
        return outstanding == 0 ? "Nothing is outstanding at the stages reached so far."
                : outstanding + (outstanding == 1 ? " thing is" : " things are") + " outstanding at the stages reached so far.";
    }

    public boolean isMayEdit() {
        return mayEdit;
    }
}
