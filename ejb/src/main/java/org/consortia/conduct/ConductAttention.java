package org.consortia.conduct;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.consortia.access.Action;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.identity.Caller;
import org.consortia.tenancy.WorkspaceContext;

/**
 * Representatives who have not signed the current code of conduct are asked to, and the chair sees
 * who, organisation by organisation, has still to sign it.
 */
@ApplicationScoped
public class ConductAttention implements AttentionSource {

    @Inject
    ConductService conduct;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        List<AttentionItem> items = new ArrayList<>();
        if (conduct.callerMustSign()) {
            items.add(new AttentionItem("Sign the code of conduct",
                    "Every representative signs the partnership's current code of conduct.", "conduct", null));
        }
        if (workspace.may(Action.PUBLISH_CODE_OF_CONDUCT)) {
            String unsigned = conduct.current().organisations().stream()
                    .filter(organisation -> !organisation.unsigned().isEmpty())
                    .map(organisation -> organisation.organisation() + " (" + String.join(", ", organisation.unsigned()) + ")")
                    .collect(Collectors.joining("; "));
            if (!unsigned.isEmpty()) {
                items.add(new AttentionItem("Representatives still to sign the code of conduct",
                        "Still to sign the current version: " + unsigned + ".", "conduct", null));
            }
        }
        return items;
    }
}
