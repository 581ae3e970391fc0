package org.consortia.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.consortia.identity.Account;
import org.consortia.identity.AccountService;
import org.consortia.web.faces.LazyPages;
import org.primefaces.model.LazyDataModel;

/** The administrators' list of accounts, searched, sorted and paginated in the database. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    @Inject
    AccountService accounts;

    private String search;

    private final LazyDataModel<Account> model = new LazyPages<>("name",
            request -> accounts.search(search, request), Account::getId);

    public LazyDataModel<Account> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
