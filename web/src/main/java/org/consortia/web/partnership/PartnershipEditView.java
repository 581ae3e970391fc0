package org.consortia.web.partnership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.Account;
import org.consortia.partnership.CouncilResource;
import org.consortia.partnership.LifecycleStage;
import org.consortia.partnership.Partnership;
import org.consortia.partnership.PartnershipName;
import org.consortia.partnership.PartnershipService;
import org.consortia.partnership.Theme;
import org.consortia.web.faces.FieldMessages;

/**
 * Creating and editing a partnership record. The form edits a detached copy, so whatever the user
 * typed stays on the page when the service refuses it.
 */
@Named
@ViewScoped
public class PartnershipEditView implements Serializable {

    @Inject
    PartnershipService partnerships;

    private Long id;
    private Partnership partnership;
    private Long headOfServiceId;
    private Long officerRepresentativeId;
    private Long parentId;
    private List<PartnershipName> parentCandidates;
    private List<Theme> themes;
    private Map<CouncilResource, String> resources;
    private List<Account> headsOfService;
    private List<Account> people;
    private boolean mayPublish;
    private boolean maySetDeadlines;

    public void load() {
        if (partnership != null) {
            return;
        }
        if (id == null) {
            if (!partnerships.mayCreate()) {
                throw new AccessDeniedException("You may not create partnerships.");
            }
            partnership = Partnership.blank();
        } else {
            if (!partnerships.mayEdit(id)) {
                throw new AccessDeniedException("You may not edit this partnership.");
            }
            partnership = partnerships.find(id);
            headOfServiceId = partnership.getHeadOfService() == null ? null : partnership.getHeadOfService().getId();
            officerRepresentativeId = partnership.getOfficerRepresentative() == null
                    ? null : partnership.getOfficerRepresentative().getId();
            parentId = partnership.getParent() == null ? null : partnership.getParent().getId();
        }
        themes = new ArrayList<>(partnership.getThemes());
        resources = new EnumMap<>(CouncilResource.class);
        for (CouncilResource resource : CouncilResource.values()) {
            resources.put(resource, partnership.getCouncilResources().get(resource));
        }
        headsOfService = partnerships.headsOfService();
        people = partnerships.officerCandidates();
        parentCandidates = partnerships.parentCandidates(id);
        mayPublish = partnerships.mayPublish();
        maySetDeadlines = partnerships.maySetDeadlines();
    }

    /** The stages the record's editor may choose; leaving sets the others. */
    public List<LifecycleStage> getStages() {
        return LifecycleStage.chosenByEditors();
    }

    /** Whether the caller may change what the partnership's reporting deadlines follow from. */
    public boolean isMaySetDeadlines() {
        return maySetDeadlines;
    }

    public boolean isMayPublish() {
        return mayPublish;
    }

    public String save() {
        partnership.setThemes(themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes));
        partnership.setCouncilResources(resources);
        try {
            Partnership saved = id == null
                    ? partnerships.create(partnership, headOfServiceId, officerRepresentativeId, parentId)
                    : partnerships.update(partnership, headOfServiceId, officerRepresentativeId, parentId);
            FieldMessages.info("The partnership record has been saved.");
            return "/partnerships/view?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("form", invalid);
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict,
                    "Open the record in a new tab to see the saved version, then copy your changes across.");
        }
        return null;
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

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public List<PartnershipName> getParentCandidates() {
        return parentCandidates;
    }

    public Long getHeadOfServiceId() {
        return headOfServiceId;
    }

    public void setHeadOfServiceId(Long headOfServiceId) {
        this.headOfServiceId = headOfServiceId;
    }

    public Long getOfficerRepresentativeId() {
        return officerRepresentativeId;
    }

    public void setOfficerRepresentativeId(Long officerRepresentativeId) {
        this.officerRepresentativeId = officerRepresentativeId;
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public void setThemes(List<Theme> themes) {
        this.themes = themes;
    }

    public Map<CouncilResource, String> getResources() {
        return resources;
    }

    public List<Account> getHeadsOfService() {
        return headsOfService;
    }

    public List<Account> getPeople() {
        return people;
    }
}
