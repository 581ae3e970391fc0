package org.consortia.mou;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.InvalidInputException;
import org.consortia.partnership.Partnership;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;

/**
 * Checks a printed Memorandum against the portal: the SHA-256 on its agreement certificate says
 * which version of this partnership's Memorandum it is. For members of the partnership only; a
 * fingerprint of another partnership's text is simply not found here.
 */
@Stateless
public class MouVerification {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    /** The version whose text has this SHA-256, with its signatures; empty when no signature here bound it. */
    public Optional<VerifiedCopy> verify(String sha256) {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        if (workspace.oversight()) {
            throw new AccessDeniedException("Only members of the partnership check copies of its Memorandum.");
        }
        String hash = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        if (!hash.matches("[0-9a-f]{64}")) {
            throw InvalidInputException.of("hash", "Enter the SHA-256 as printed on the certificate: 64 letters"
                    + " and digits, from 0 to 9 and a to f.");
        }
        List<MouSignature> signatures = entityManager.createQuery("select s from MouSignature s join fetch s.organisation"
                        + " join fetch s.signatory join fetch s.mou where s.contentHash = :hash"
                        + " order by s.contentVersion desc, s.signedAt",
                        MouSignature.class)
                .setParameter("hash", hash)
                .getResultList();
        if (signatures.isEmpty()) {
            return Optional.empty();
        }
        // The same text may have been signed as more than one version, after a review that changed nothing.
        int version = signatures.get(0).getContentVersion();
        Mou mou = signatures.get(0).getMou();
        String partnership = entityManager.find(Partnership.class, workspace.partnershipId()).getName();
        return Optional.of(new VerifiedCopy(partnership, version,
                signatures.stream().filter(signature -> signature.getContentVersion() == version).toList(),
                mou.getContentVersion(), mou.getState()));
    }
}
