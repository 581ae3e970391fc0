package org.consortia.attention;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.consortia.access.Action;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;

/** The "needs your attention" panel of a workspace: every feature's items for the caller, soonest first. */
@Stateless
public class AttentionService {

    @Inject
    WorkspaceAccess access;

    @Inject
    CallerLookup callers;

    @Inject
    Instance<AttentionSource> sources;

    /** What the caller should act on in the current workspace; anyone who may see the workspace. */
    public List<AttentionItem> forCurrentWorkspace() {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        Caller caller = callers.current();
        List<AttentionItem> items = new ArrayList<>();
        sources.forEach(source -> items.addAll(source.itemsFor(caller, workspace)));
        items.sort(Comparator.comparing(AttentionItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }
}
