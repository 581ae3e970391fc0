package org.consortia.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.consortia.identity.Account;
import org.consortia.identity.AccountService;
import org.consortia.listing.Page;
import org.consortia.listing.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The administrators' list of accounts, searched, sorted and paginated in the database. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    @Inject
    AccountService accounts;

    private String search;

    private final LazyDataModel<Account> model = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return 0;
        }

        @Override
        public List<Account> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            SortMeta order = sort.values().stream().findFirst().orElse(null);
            Page<Account> page = accounts.search(search, new PageRequest(first, pageSize,
                    order == null ? "name" : order.getField(), order == null || order.getOrder() != SortOrder.DESCENDING));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Account account) {
            return String.valueOf(account.getId());
        }
    };

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
