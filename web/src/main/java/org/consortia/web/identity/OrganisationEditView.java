package org.consortia.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.Organisation;
import org.consortia.identity.OrganisationService;
import org.consortia.web.faces.FieldMessages;

/** Creating or editing an organisation. */
@Named
@ViewScoped
public class OrganisationEditView implements Serializable {

    @Inject
    OrganisationService organisations;

    private Long id;
    private Organisation organisation;

    public void load() {
        if (organisation == null) {
            organisation = id == null ? organisations.blank() : organisations.find(id);
        }
    }

    public String save() {
        try {
            organisations.save(organisation);
            FieldMessages.info("The organisation has been saved.");
            return "/admin/organisations?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            FieldMessages.show("form", invalid);
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Your changes are still on this page.");
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
