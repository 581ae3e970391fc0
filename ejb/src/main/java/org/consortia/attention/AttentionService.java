package org.consortia.attention;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortia.access.Action;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.text.UkDates;

/**
 * The "needs your attention" panel of a workspace: every feature's items for the caller, and their
 * share of what is due there, soonest first.
 */
@Stateless
public class AttentionService {

    @Inject
    WorkspaceAccess access;

    @Inject
    CallerLookup callers;

    @Inject
    Instance<AttentionSource> sources;

    @Inject
    DueItems dueItems;

    @Resource
    SessionContext context;

    /** What the caller should act on in the current workspace; anyone who may see the workspace. */
    public List<AttentionItem> forCurrentWorkspace() {
        return itemsIn(access.require(Action.VIEW_WORKSPACE));
    }

    private List<AttentionItem> itemsIn(WorkspaceContext workspace) {
        Caller caller = callers.current();
        List<AttentionItem> items = new ArrayList<>();
        sources.forEach(source -> items.addAll(source.itemsFor(caller, workspace)));
        if (!workspace.readOnly()) {
            dueItems.forCaller(caller, LocalDate.now(UkDates.LONDON)).forEach(item -> items.add(item.asAttention()));
        }
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

    /**
     * The same for each of the caller's workspaces, in the order given, as the home page lists them:
     * the caller is found once, here, and carried into each workspace's own transaction.
     */
    public Map<Long, List<AttentionItem>> forWorkspaces(List<Long> partnershipIds) {
        Caller caller = callers.current();
        AttentionService self = context.getBusinessObject(AttentionService.class);
        Map<Long, List<AttentionItem>> items = new LinkedHashMap<>();
        partnershipIds.forEach(partnershipId -> items.put(partnershipId, self.forWorkspaceOf(caller, partnershipId)));
        return items;
    }

    /** {@link #forWorkspace} for the caller found by {@link #forWorkspaces}: refused for anyone but the signed-in one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<AttentionItem> forWorkspaceOf(Caller caller, long partnershipId) {
        callers.carry(caller);
        return forWorkspace(partnershipId);
    }
}
