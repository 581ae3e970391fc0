package org.consortia.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.access.Action;
import org.consortia.access.PermissionMatrix;
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

    /**
     * The accounts of those in office on the day whose role there allows the action, enabled or not:
     * who is to act on something, as a workspace's due items name them.
     */
    public Set<Long> allowedTo(Action action, LocalDate day) {
        return inOfficeOn(day).stream()
                .filter(representative -> PermissionMatrix.allows(representative.getRole(), action))
                .map(representative -> representative.getAccount().getId())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Those in office on the day (see {@link Representative#isInOfficeOn}). */
    public List<Representative> inOfficeOn(LocalDate day) {
        return all().stream().filter(representative -> representative.isInOfficeOn(day)).toList();
    }
}
