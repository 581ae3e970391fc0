package org.consortia.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.consortia.access.Action;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;

/** The signed-in user in the header, and signing out (by POST only). */
@Named
@RequestScoped
public class SessionView {

    @Inject
    CallerLookup callers;

    private Optional<Caller> caller;

    public Caller getCaller() {
        if (caller == null) {
            caller = callers.find();
        }
        return caller.orElse(null);
    }

    public boolean isSignedIn() {
        return getCaller() != null;
    }

    /** Whether the header shows the administration links; the services check again. */
    public boolean isAdministrator() {
        return isSignedIn() && getCaller().may(Action.MANAGE_ACCOUNTS);
    }

    /** Whether the header shows the partnership database link; the services check again. */
    public boolean isCouncilStaff() {
        return isSignedIn() && getCaller().may(Action.VIEW_PARTNERSHIP_DATABASE);
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/login?signedOut=true");
    }

    /** Sends an anonymous visitor of the home page to the login page. */
    public void requireSignIn() throws IOException {
        if (!isSignedIn()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login");
        }
    }
}
