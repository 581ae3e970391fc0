package org.consortia.attention;

import java.util.List;
import org.consortia.identity.Caller;
import org.consortia.tenancy.WorkspaceContext;

/**
 * A feature that creates work for members. Each one is a CDI bean; the attention service asks every
 * source, inside the current workspace, what the caller should see.
 */
public interface AttentionSource {

    List<AttentionItem> itemsFor(Caller caller, WorkspaceContext workspace);
}
