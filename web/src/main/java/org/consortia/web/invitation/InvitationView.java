package org.consortia.web.invitation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;
import org.consortia.invitation.InvitationAcceptance;
import org.consortia.text.UkDates;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.identity.SessionView;

/**
 * The page an invitation's link opens: who invited whom to what, then a form to set a name and
 * password, or, for an address with an account, a button to accept once signed in as it.
 */
@Named
@RequestScoped
public class InvitationView {

    @Inject
    InvitationAcceptance acceptance;

    @Inject
    SessionView session;

    private String token;
    private Optional<InvitationAcceptance.Opened> opened;
    private String name;
    private String password;
    private String confirmation;

    /** Prefills the name the inviter typed. */
    public void load() {
        if (name == null) {
            name = getOpened() == null ? null : getOpened().name();
        }
    }

    public String acceptWithNewAccount() {
        try {
            acceptance.acceptWithNewAccount(getToken(), name, password, confirmation);
            FieldMessages.info("Your account is ready. Sign in with your e-mail address and the password you chose.");
            return "/login?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            opened = null;
            FieldMessages.show("accept", invalid);
            return null;
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String accept() {
        try {
            acceptance.acceptAsCaller(getToken());
            FieldMessages.info("You have accepted the invitation.");
            return "/index?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            opened = null;
            FieldMessages.show("acceptExisting", invalid);
            return null;
        } catch (AccessDeniedException refused) {
            FieldMessages.error(null, refused.getMessage());
            return null;
        }
    }

    /** What the invitation offers, in a sentence. */
    public String getOffer() {
        InvitationAcceptance.Opened invitation = getOpened();
        if (invitation == null) {
            return null;
        }
        String who = invitation.invitedBy() + " invites you to ";
        if (invitation.partnership() == null) {
            return who + "Consortia, for " + invitation.organisation() + ".";
        }
        return who + "represent " + invitation.organisation() + " as " + invitation.role().label() + " of "
                + invitation.partnership() + ", from " + UkDates.day(invitation.termStart())
                + (invitation.termEnd() == null ? "" : " to " + UkDates.day(invitation.termEnd())) + ".";
    }

    /** Whether the person signed in here is the one the invitation is for. */
    public boolean isSignedInAsInvitee() {
        return getOpened() != null && session.getCaller() != null
                && session.getCaller().email().equals(getOpened().email());
    }

    public boolean isSignedInAsSomeoneElse() {
        return getOpened() != null && session.getCaller() != null && !isSignedInAsInvitee();
    }

    public String getLinkNotWorking() {
        return InvitationAcceptance.LINK_NOT_WORKING;
    }

    /**
     * The invitation the link opens, found once a request. The page keeps no state, so a post finds
     * its link in the form's own copy of it.
     */
    public InvitationAcceptance.Opened getOpened() {
        if (opened == null) {
            opened = acceptance.open(getToken());
        }
        return opened.orElse(null);
    }

    public String getToken() {
        return token != null ? token
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
