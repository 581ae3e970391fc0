package org.consortia.attention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consortia.identity.Caller;

/**
 * Everything due or overdue in the current workspace, for everyone, from every feature's due source.
 * Whoever calls decides who may see it: the attention service shows the caller their own share.
 */
@ApplicationScoped
public class DueItems {

    @Inject
    Instance<DueSource> sources;

    public List<DueItem> inCurrentWorkspace(LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        sources.forEach(source -> items.addAll(source.dueIn(today)));
        return items;
    }

    /** The caller's share, asking only the sources that may have something for them. */
    public List<DueItem> forCaller(Caller caller, LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        sources.forEach(source -> {
            if (source.mayHaveFor(caller)) {
                source.dueIn(today).stream().filter(item -> item.isFor(caller.accountId())).forEach(items::add);
            }
        });
        return items;
    }
}
