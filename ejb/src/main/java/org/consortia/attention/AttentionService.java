package org.consortia.attention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.consortia.access.Action;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.tenancy.CurrentWorkspace;
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
        return itemsIn(access.require(Action.VIEW_WORKSPACE));
    }

    private List<AttentionItem> itemsIn(WorkspaceContext workspace) {
        Caller caller = callers.current();
        List<AttentionItem> items = new ArrayList<>();
        sources.forEach(source -> items.addAll(source.itemsFor(caller, workspace)));
        items.sort(Comparator.comparing(AttentionItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    /**
     * The same for one of the caller's own workspaces entered from outside it, as the home page lists
     * them: in a transaction of its own, so that the workspace's rows are read under its own tenant.
     * Nothing for a workspace where the caller holds no role (any more): the home page never visits a
     * workspace as an overseer.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<AttentionItem> forWorkspace(long partnershipId) {
        return CurrentWorkspace.callIn(partnershipId, () -> access.asMember().map(this::itemsIn).orElse(List.of()));
    }
}
