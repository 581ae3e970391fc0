package org.consortia.conduct;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.richtext.RichText;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.validation.ConstraintViolations;
import org.consortia.tenancy.WorkspaceContext;

/**
 * The code of conduct of the current workspace: the chair publishes versions, every representative
 * in office signs the current one, and the chair sees who has not.
 */
@Stateless
public class ConductService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    CallerLookup callers;

    @Inject
    ConductSetup setup;

    @Inject
    WorkspaceRepresentatives representatives;

    @Inject
    ConductVersions versions;

    /** The current version with who has and has not signed it; anyone who may see the workspace. */
    public ConductStatus current() {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        Caller caller = callers.current();
        ConductVersions.Current current = versions.current();
        ConductCode code = current.code();
        Set<Long> signers = current.signers();
        Map<String, List<String>> signed = new LinkedHashMap<>();
        Map<String, List<String>> unsigned = new LinkedHashMap<>();
        for (Representative representative : inOffice()) {
            String organisation = representative.getMembership().getOrganisation().getName();
            signed.computeIfAbsent(organisation, name -> new ArrayList<>());
            unsigned.computeIfAbsent(organisation, name -> new ArrayList<>());
            List<String> list = signers.contains(representative.getAccount().getId())
                    ? signed.get(organisation) : unsigned.get(organisation);
            if (!list.contains(representative.getAccount().getName())) {
                list.add(representative.getAccount().getName());
            }
        }
        List<OrganisationSignatures> organisations = signed.keySet().stream()
                .map(name -> new OrganisationSignatures(name, signed.get(name), unsigned.get(name)))
                .toList();
        return new ConductStatus(code, signers.contains(caller.accountId()), workspace.may(Action.SIGN_CODE_OF_CONDUCT),
                workspace.may(Action.PUBLISH_CODE_OF_CONDUCT), organisations);
    }

    /**
     * Publishes a new version (sanitised rich text) in place of the version the chair started from;
     * everyone is then asked to sign again. The chair only; an unchanged or empty text is refused,
     * and so is a text based on a version someone else has replaced meanwhile.
     */
    public ConductCode publish(int basedOnVersion, String html) {
        access.require(Action.PUBLISH_CODE_OF_CONDUCT);
        String content = RichText.sanitise(html);
        if (content.replaceAll("<[^>]*>", "").isBlank()) {
            throw InvalidInputException.of("content", "Write the code of conduct before publishing it.");
        }
        if (content.length() > ConductCode.MAX_LENGTH) {
            throw InvalidInputException.of("content", "The code of conduct is too long to publish.");
        }
        ConductCode current = currentCode();
        if (current.getCodeVersion() != basedOnVersion) {
            throw new ConcurrentEditException("Version " + current.getCodeVersion() + " was published while you were"
                    + " editing version " + basedOnVersion + ".");
        }
        if (content.equals(current.getContent())) {
            throw InvalidInputException.of("content", "This is the text already published: change it first.");
        }
        ConductCode next = new ConductCode(current.getCodeVersion() + 1, content,
                entityManager.find(Account.class, callers.current().accountId()), Instant.now());
        try {
            entityManager.persist(next);
            entityManager.flush();
        } catch (PersistenceException publishedAtTheSameMoment) {
            throw new ConcurrentEditException("Someone else published version " + next.getCodeVersion()
                    + " at the same moment.");
        }
        return next;
    }

    /**
     * Signs the version the caller was shown, which must still be the current one; a representative
     * in office, once per version.
     */
    public void sign(int versionShown) {
        access.require(Action.SIGN_CODE_OF_CONDUCT);
        Caller caller = callers.current();
        ConductCode code = currentCode();
        if (code.getCodeVersion() != versionShown) {
            throw InvalidInputException.of("sign", "A new version, " + code.getCodeVersion()
                    + ", was published after you opened the page. Read it, then sign again.");
        }
        if (signers(code).contains(caller.accountId())) {
            throw InvalidInputException.of("sign", "You have already signed version " + code.getCodeVersion() + ".");
        }
        entityManager.persist(new ConductSignature(code, entityManager.find(Account.class, caller.accountId()),
                Instant.now()));
    }

    /** The newest version, the framework's starting text the first time it is needed. */
    private ConductCode currentCode() {
        return findCurrentCode().orElseGet(() -> {
            ConstraintViolations.createOnce(setup::createFirstVersion);
            return findCurrentCode().orElseThrow();
        });
    }

    private Optional<ConductCode> findCurrentCode() {
        return entityManager.createQuery("select c from ConductCode c order by c.codeVersion desc", ConductCode.class)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private Set<Long> signers(ConductCode code) {
        return entityManager.createQuery("select s.signatory.id from ConductSignature s where s.code = :code", Long.class)
                .setParameter("code", code)
                .getResultStream().collect(Collectors.toSet());
    }

    private List<Representative> inOffice() {
        return representatives.inOfficeOn(LocalDate.now()).stream()
                .sorted(Comparator.comparing((Representative representative) ->
                                representative.getMembership().getOrganisation().getName())
                        .thenComparing(representative -> representative.getAccount().getName()))
                .toList();
    }
}
