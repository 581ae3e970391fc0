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
import org.consortia.web.faces.FieldMessages;

/** Creating an account, or changing one's details, roles and whether it is enabled. */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    private Long id;
    private Account account;
    private Long organisationId;
    private List<CouncilRole> roles;
    private String password;
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
                accounts.create(account, organisation, chosen, password);
            } else {
                accounts.update(account, organisation, chosen, password);
            }
            FieldMessages.info("The account has been saved.");
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Organisation> getOrganisationChoices() {
        return organisationChoices;
    }
}
