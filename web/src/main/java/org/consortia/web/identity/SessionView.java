package org.consortia.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.consortia.access.Action;
import org.consortia.availability.DatabaseOutage;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.notification.MailServer;
import org.consortia.web.availability.Outage;

/** The signed-in user in the header (signing out is {@link SignOutServlet}'s). */
@Named
@RequestScoped
public class SessionView {

    @Inject
    CallerLookup callers;

    @Inject
    HttpServletRequest request;

    private Optional<Caller> caller;

    public Caller getCaller() {
        if (caller == null) {
            caller = Outage.isMarked(request) ? Optional.empty() : find();
        }
        return caller.orElse(null);
    }

    /**
     * The caller, read from the database. A form posted while the database is out of reach is drawn
     * again without the signed-in header, rather than losing what was typed (see
     * {@code OutagePostbacks}); a page asked for then is answered "temporarily unavailable".
     */
    private Optional<Caller> find() {
        try {
            return callers.find();
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || !FacesContext.getCurrentInstance().isPostback()) {
                throw failure;
            }
            Outage.mark(request);
            return Optional.empty();
        }
    }

    /**
     * Whether the header shows the signed-in part. While the database is out of reach the caller
     * cannot be read, but the session still is, so that signing out keeps working.
     */
    public boolean isSignedIn() {
        return getCaller() != null || Outage.isMarked(request) && request.getUserPrincipal() != null;
    }

    /** Whether the header shows the administration links; the services check again. */
    public boolean isAdministrator() {
        return getCaller() != null && getCaller().may(Action.MANAGE_ACCOUNTS);
    }

    /** Whether the header shows the partnership database link; the services check again. */
    public boolean isCouncilStaff() {
        return getCaller() != null && getCaller().may(Action.VIEW_PARTNERSHIP_DATABASE);
    }

    /** Whether the database shows the link to the risks above tolerance across partnerships; the service checks again. */
    public boolean isMayViewRiskPortfolio() {
        return getCaller() != null && getCaller().may(Action.VIEW_RISK_PORTFOLIO);
    }

    /** Whether the database shows the link to the council's overview; the service checks again. */
    public boolean isMayViewOverview() {
        return getCaller() != null && getCaller().may(Action.VIEW_OVERVIEW);
    }

    /** Whether the database shows the link to the annual reports; the service checks again. */
    public boolean isMayReadAnnualReports() {
        return getCaller() != null && getCaller().may(Action.READ_ANNUAL_REPORT);
    }

    /** Whether the home page tells an administrator that no mail server is configured. */
    public boolean isMailMissing() {
        return isAdministrator() && !MailServer.configured();
    }

    /** Sends an anonymous visitor of the home page to the login page. */
    public void requireSignIn() throws IOException {
        if (!isSignedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login");
        }
    }
}
