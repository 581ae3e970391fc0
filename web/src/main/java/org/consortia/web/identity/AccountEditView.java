package org.consortia.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.Account;
import org.consortia.identity.AccountService;
import org.consortia.identity.CouncilRole;
import org.consortia.identity.Organisation;
import org.consortia.identity.OrganisationService;
import org.consortia.invitation.Invitations;
import org.consortia.web.faces.FieldMessages;

/** Inviting a person to the portal, or changing an account's details, roles and whether it is enabled. */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    Invitations invitations;

    private Long id;
    private Account account;
    private Long organisationId;
    private List<CouncilRole> roles;
    private List<Organisation> organisationChoices;

    public void load() {
        if (account != null) {
            return;
        }
        account = id == null ? Account.blank() : accounts.find(id);
        organisationId = account.getOrganisation() == null ? null : account.getOrganisation().getId();
        roles = new ArrayList<>(account.getCouncilRoles());
        organisationChoices = organisations.all();
    }

    public String save() {
        EnumSet<CouncilRole> chosen = roles.isEmpty() ? EnumSet.noneOf(CouncilRole.class) : EnumSet.copyOf(roles);
        long organisation = organisationId == null ? -1 : organisationId;
        try {
            if (id == null) {
                invitations.inviteToPortal(account.getEmail(), account.getName(), organisation, chosen);
                FieldMessages.info("An invitation has been sent to " + account.getEmail() + ". Their account is made"
                        + " when they accept it and set their password.");
            } else {
                accounts.update(account, organisation, chosen);
                FieldMessages.info("The account has been saved.");
            }
            return "/admin/accounts?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            FieldMessages.show("form", invalid);
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Your changes are still on this page; open the"
                    + " account in a new tab to compare.");
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Account getAccount() {
        return account;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<CouncilRole> getRoles() {
        return roles;
    }

    public void setRoles(List<CouncilRole> roles) {
        this.roles = roles;
    }

    /** Sends the person a link to set a new password themselves. */
    public void sendPasswordReset() {
        accounts.sendPasswordReset(id);
        FieldMessages.info("A link to set a new password has been sent to " + account.getEmail() + ".");
    }

    public List<Organisation> getOrganisationChoices() {
        return organisationChoices;
    }
}
