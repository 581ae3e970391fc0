package org.consortia.conduct;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionSource;
import org.consortia.identity.Caller;
import org.consortia.tenancy.WorkspaceContext;

/** Representatives who have not signed the current code of conduct are asked to. */
@ApplicationScoped
public class ConductAttention implements AttentionSource {

    @Inject
    ConductService conduct;

    @Override
    public List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace) {
        return conduct.callerMustSign()
                ? List.of(new AttentionItem("Sign the code of conduct",
                        "Every representative signs the partnership's current code of conduct.", "conduct", null))
                : List.of();
    }
}
