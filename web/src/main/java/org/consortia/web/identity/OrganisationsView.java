package org.consortia.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.identity.Organisation;
import org.consortia.identity.OrganisationService;

/** The administrators' list of organisations. */
@Named
@RequestScoped
public class OrganisationsView {

    @Inject
    OrganisationService organisations;

    private List<Organisation> all;

    @PostConstruct
    void init() {
        all = organisations.all();
    }

    public List<Organisation> getAll() {
        return all;
    }
}
