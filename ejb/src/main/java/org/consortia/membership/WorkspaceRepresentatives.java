package org.consortia.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.consortia.access.TransactionMemo;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * Everyone who represents, or has represented, a member of the current workspace, with their
 * account, organisation and who appointed them: read once per transaction for every feature of the
 * page that lists, counts or checks them (the members list, the code of conduct's signers, the
 * terms and appointments on the attention panel). Access has been checked by the caller.
 */
@ApplicationScoped
public class WorkspaceRepresentatives {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    TransactionMemo memo;

    private record OfWorkspace(long workspace) {
    }

    /** Everyone, past and present, by name and then role. */
    public List<Representative> all() {
        return memo.computeIfAbsent(new OfWorkspace(CurrentWorkspace.tenant()),
                () -> List.copyOf(entityManager.createNamedQuery("Representative.findAll", Representative.class)
                        .getResultList()));
    }

    /** Those in office on the day (see {@link Representative#isInOfficeOn}). */
    public List<Representative> inOfficeOn(LocalDate day) {
        return all().stream().filter(representative -> representative.isInOfficeOn(day)).toList();
    }
}
