package org.consortia.conduct;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.access.Action;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.attention.DueItem;
import org.consortia.attention.DueSource;
import org.consortia.identity.Caller;
import org.consortia.membership.WorkspaceRepresentatives;
import org.consortia.tenancy.WorkspaceContext;

/**
 * Every representative in office who has not signed the current code of conduct is to sign it, and
 * the chair sees who, organisation by organisation, has still to sign it.
 */
@ApplicationScoped
public class ConductAttention implements AttentionSource, DueSource {

    @Inject
    ConductService conduct;

    @Inject
    ConductVersions versions;

    @Inject
    WorkspaceRepresentatives representatives;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        if (!workspace.may(Action.PUBLISH_CODE_OF_CONDUCT)) {
            return List.of();
        }
        String unsigned = conduct.current().organisations().stream()
                .filter(organisation -> !organisation.unsigned().isEmpty())
                .map(organisation -> organisation.organisation() + " (" + String.join(", ", organisation.unsigned()) + ")")
                .collect(Collectors.joining("; "));
        return unsigned.isEmpty() ? List.of() : List.of(new AttentionItem(
                "Representatives still to sign the code of conduct",
                "Still to sign the current version: " + unsigned + ".", "conduct", null));
    }

    @Override
    public List<DueItem> dueIn(LocalDate today) {
        // Before anyone has read it, the framework's starting text is its first version, which nobody has signed.
        Optional<ConductVersions.Current> current = versions.existing();
        int version = current.map(found -> found.code().getCodeVersion()).orElse(1);
        Set<Long> toSign = new HashSet<>(representatives.allowedTo(Action.SIGN_CODE_OF_CONDUCT, today));
        current.ifPresent(found -> toSign.removeAll(found.signers()));
        return toSign.isEmpty() ? List.of() : List.of(new DueItem("conduct-sign:v" + version, toSign,
                "Sign the code of conduct", "Every representative signs the partnership's current code of conduct"
                + " (version " + version + ").", "conduct", null));
    }
}
