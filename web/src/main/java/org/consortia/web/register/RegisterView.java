package org.consortia.web.register;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.consortia.partnership.PartnershipService;
import org.consortia.partnership.RegisterEntry;

/** The public register of partnerships, open to anyone. */
@Named
@RequestScoped
public class RegisterView {

    @Inject
    PartnershipService partnerships;

    private List<RegisterEntry> entries;

    @PostConstruct
    void init() {
        entries = partnerships.register();
    }

    public List<RegisterEntry> getEntries() {
        return entries;
    }
}
