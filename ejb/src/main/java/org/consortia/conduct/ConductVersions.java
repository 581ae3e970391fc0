package org.consortia.conduct;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.access.TransactionMemo;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.validation.ConstraintViolations;

/**
 * The current workspace's code of conduct as it stands and who has signed it, read once per
 * transaction for the pages, the attention panel and what is due (saving reads afresh): one
 * statement, with the first version created, where there is none, for a caller who reads it. Access
 * has been checked by the caller.
 */
@ApplicationScoped
class ConductVersions {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    ConductSetup setup;

    @Inject
    TransactionMemo memo;

    record Current(ConductCode code, Set<Long> signers) {
    }

    private record CurrentOf(long workspace) {
    }

    Current current() {
        return existing().orElseGet(() -> {
            ConstraintViolations.createOnce(setup::createFirstVersion);
            return existing().orElseThrow();
        });
    }

    /** The current version, where one has been made: the first is made when someone first reads it. */
    Optional<Current> existing() {
        return Optional.ofNullable(memo.computeIfAbsent(new CurrentOf(CurrentWorkspace.tenant()), () -> {
            List<Object[]> rows = read();
            return rows.isEmpty() ? null : new Current((ConductCode) rows.get(0)[0], rows.stream()
                    .map(row -> (Long) row[1]).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()));
        }));
    }

    private List<Object[]> read() {
        return entityManager.createQuery("select c, s.signatory.id from ConductCode c"
                        + " left join ConductSignature s on s.code = c"
                        + " where c.codeVersion = (select max(newest.codeVersion) from ConductCode newest)", Object[].class)
                .getResultList();
    }
}
