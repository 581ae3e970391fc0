package org.consortia.web.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.consortia.tenancy.WorkspaceDirectory;
import org.consortia.tenancy.WorkspaceSummary;
import org.consortia.web.availability.Outage;

/**
 * The signed-in user's own workspaces, for the switcher in the header and the home page. Reading
 * them crosses every workspace, so the list is kept in the session for a minute, and never past the
 * day it was read on (terms of office start and end with the day). It only offers links: entering a
 * workspace always checks the caller's role afresh.
 */
@Named
@RequestScoped
public class WorkspaceSwitcher {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private static final String ATTRIBUTE = WorkspaceSwitcher.class.getName();

    @Inject
    WorkspaceDirectory directory;

    @Inject
    HttpServletRequest request;

    private List<WorkspaceSummary> mine;

    private record Kept(String account, LocalDate day, Instant readAt, List<WorkspaceSummary> workspaces)
            implements Serializable {

        boolean servesFor(String account, Clock clock) {
            return this.account.equals(account) && day.equals(LocalDate.now(clock))
                    && readAt.plus(KEPT_FOR).isAfter(clock.instant());
        }
    }

    public List<WorkspaceSummary> getMine() {
        if (mine == null) {
            mine = Outage.isMarked(request) ? List.of() : kept();
        }
        return mine;
    }

    private List<WorkspaceSummary> kept() {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            return directory.mine();
        }
        Clock clock = Clock.systemDefaultZone();
        String account = request.getUserPrincipal().getName();
        if (session.getAttribute(ATTRIBUTE) instanceof Kept kept && kept.servesFor(account, clock)) {
            return kept.workspaces();
        }
        List<WorkspaceSummary> read = List.copyOf(directory.mine());
        session.setAttribute(ATTRIBUTE, new Kept(account, LocalDate.now(clock), clock.instant(), read));
        return read;
    }

    /**
     * Corrects the kept list when entering a workspace shows it is out of date: the caller was
     * appointed somewhere it does not list, or may no longer enter somewhere it does.
     */
    static void noteEntry(HttpServletRequest request, String slug, boolean member) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Kept kept
                && kept.workspaces().stream().anyMatch(workspace -> workspace.slug().equals(slug)) != member) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
