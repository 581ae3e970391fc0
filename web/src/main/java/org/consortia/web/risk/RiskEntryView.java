package org.consortia.web.risk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.membership.Membership;
import org.consortia.membership.MembershipService;
import org.consortia.risk.AllocationChecklist;
import org.consortia.risk.MitigationAction;
import org.consortia.risk.RiskEntry;
import org.consortia.risk.RiskRegisterService;
import org.consortia.risk.ScorePoint;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.web.faces.Choices;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.tenancy.WorkspacePage;

/**
 * Adding or editing one register entry. The form edits a detached copy, so what the user typed
 * stays on the page when the service refuses it or someone else saved first.
 */
@Named
@ViewScoped
public class RiskEntryView implements Serializable {

    @Inject
    RiskRegisterService register;

    @Inject
    MembershipService membership;

    @Inject
    WorkspaceAccess access;

    @Inject
    WorkspacePage workspacePage;

    private Long id;
    private RiskEntry entry;
    private Long ownerOrganisationId;
    private Long ownerAccountId;
    private List<SelectItem> organisations;
    private List<SelectItem> people;
    private boolean mayEdit;
    private int tolerance;
    private List<MitigationAction> actions;
    private String actionDescription;
    private Long actionResponsibleId;
    private LocalDate actionDeadline;
    /** A new one for each action form shown, so that the same form sent twice adds one action, not two. */
    private String expectedActionToken = UUID.randomUUID().toString();
    private String postedActionToken;
    private List<String> categories;
    private List<ScorePoint> scoreTrail;

    public void load() {
        if (entry != null) {
            return;
        }
        mayEdit = access.enter().may(Action.EDIT_SHARED_RECORDS);
        if (id == null && !mayEdit) {
            throw new AccessDeniedException("Your role in this partnership does not allow adding to its risk register.");
        }
        entry = id == null ? new RiskEntry() : register.find(id);
        ownerOrganisationId = entry.getOwnerOrganisation() == null ? null : entry.getOwnerOrganisation().getId();
        ownerAccountId = entry.getOwner() == null ? null : entry.getOwner().getId();
        organisations = Choices.of(membership.memberships().stream().filter(Membership::isCurrent).toList(),
                current -> current.getOrganisation().getId(), current -> current.getOrganisation().getName());
        people = Choices.of(membership.representatives(), representative -> representative.getAccount().getId(),
                representative -> representative.getAccount().getName() + " ("
                        + representative.getMembership().getOrganisation().getName() + ")");
        tolerance = register.tolerance();
        actions = id == null ? List.of() : register.actionsOf(id);
        scoreTrail = id == null ? List.of() : register.scoreTrail(id);
    }

    /** The entry's scores from its first assessment on, newest first. */
    public List<ScorePoint> getScoreTrail() {
        List<ScorePoint> newestFirst = new ArrayList<>(scoreTrail);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public void addAction() {
        if (!expectedActionToken.equals(postedActionToken)) {
            FieldMessages.info("That action has already been added.");
            actions = register.actionsOf(id);
            return;
        }
        try {
            register.addAction(id, actionDescription, actionResponsibleId, actionDeadline);
            FieldMessages.info("The action has been added.");
            expectedActionToken = UUID.randomUUID().toString();
            actionDescription = null;
            actionResponsibleId = null;
            actionDeadline = null;
        } catch (InvalidInputException invalid) {
            FieldMessages.show("action", invalid);
        }
        actions = register.actionsOf(id);
    }

    public void complete(MitigationAction action) {
        try {
            register.completeAction(action.getId(), action.getVersion());
            FieldMessages.info("The action is done.");
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "The list shows the latest state.");
        }
        actions = register.actionsOf(id);
    }

    public boolean isOverdue(MitigationAction action) {
        return action.isOverdue(LocalDate.now());
    }

    public String getActionToken() {
        return expectedActionToken;
    }

    public void setActionToken(String posted) {
        postedActionToken = posted;
    }

    public List<MitigationAction> getActions() {
        return actions;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public Long getActionResponsibleId() {
        return actionResponsibleId;
    }

    public void setActionResponsibleId(Long actionResponsibleId) {
        this.actionResponsibleId = actionResponsibleId;
    }

    public LocalDate getActionDeadline() {
        return actionDeadline;
    }

    public void setActionDeadline(LocalDate actionDeadline) {
        this.actionDeadline = actionDeadline;
    }

    /** Saves and returns to the register; on a refusal stays on the form with the user's input. */
    public void save() throws IOException {
        try {
            RiskEntry saved = id == null ? register.create(entry, ownerOrganisationId, ownerAccountId)
                    : register.update(entry, ownerOrganisationId, ownerAccountId);
            FieldMessages.info("\"" + saved.getTitle() + "\" has been saved.");
            FacesContext.getCurrentInstance().getExternalContext().redirect(workspacePage.link("risks"));
        } catch (InvalidInputException invalid) {
            FieldMessages.show("form", invalid);
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Your changes are still in the form: open the entry"
                    + " in a new tab to see what was saved, then copy your changes across.");
        }
    }

    public List<AllocationChecklist.Stage> getAllocationChecklist() {
        return AllocationChecklist.STAGES;
    }

    /** The framework's categories and those the partners have added, offered as the user types. */
    public List<String> getCategories() {
        if (categories == null) {
            categories = register.categories();
        }
        return categories;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RiskEntry getEntry() {
        return entry;
    }

    public Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public void setOwnerOrganisationId(Long ownerOrganisationId) {
        this.ownerOrganisationId = ownerOrganisationId;
    }

    public Long getOwnerAccountId() {
        return ownerAccountId;
    }

    public void setOwnerAccountId(Long ownerAccountId) {
        this.ownerAccountId = ownerAccountId;
    }

    public List<SelectItem> getOrganisations() {
        return organisations;
    }

    public List<SelectItem> getPeople() {
        return people;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public int getTolerance() {
        return tolerance;
    }
}
