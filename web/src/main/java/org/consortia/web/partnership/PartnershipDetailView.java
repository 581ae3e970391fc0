package org.consortia.web.partnership;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.access.RecordNotFoundException;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipService;

/** One partnership's database record, read only. */
@Named
@RequestScoped
public class PartnershipDetailView {

    @Inject
    PartnershipService partnerships;

    private Long id;
    private Partnership partnership;
    private boolean mayEdit;
    private List<String> members;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("No partnership chosen.");
        }
        partnership = partnerships.find(id);
        members = partnerships.memberOrganisations(id);
        mayEdit = partnerships.mayEdit(id);
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

    public boolean isMayEdit() {
        return mayEdit;
    }
}
