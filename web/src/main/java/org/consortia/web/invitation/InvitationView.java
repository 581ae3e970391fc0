package org.consortia.web.invitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
@ViewScoped
public class InvitationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationAcceptance acceptance;

    @Inject
    SessionView session;

    private String token;
    private InvitationAcceptance.Opened opened;
    private String name;
    private String password;
    private String confirmation;

    public void load() {
        opened = acceptance.open(token).orElse(null);
        if (opened != null && name == null) {
            name = opened.name();
        }
    }

    public String acceptWithNewAccount() {
        try {
            acceptance.acceptWithNewAccount(token, name, password, confirmation);
            FieldMessages.info("Your account is ready. Sign in with your e-mail address and the password you chose.");
            return "/login?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            load();
            FieldMessages.show("accept", invalid);
            return null;
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String accept() {
        try {
            acceptance.acceptAsCaller(token);
            FieldMessages.info("You have accepted the invitation.");
            return "/index?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            load();
            FieldMessages.show("acceptExisting", invalid);
            return null;
        } catch (AccessDeniedException refused) {
            FieldMessages.error(null, refused.getMessage());
            return null;
        }
    }

    /** What the invitation offers, in a sentence. */
    public String getOffer() {
        if (opened == null) {
            return null;
        }
        String who = opened.invitedBy() + " invites you to ";
        if (opened.partnership() == null) {
            return who + "Consortia, for " + opened.organisation() + ".";
        }
        return who + "represent " + opened.organisation() + " as " + opened.role().label() + " of "
                + opened.partnership() + ", from " + UkDates.day(opened.termStart())
                + (opened.termEnd() == null ? "" : " to " + UkDates.day(opened.termEnd())) + ".";
    }

    /** Whether the person signed in here is the one the invitation is for. */
    public boolean isSignedInAsInvitee() {
        return opened != null && session.getCaller() != null && session.getCaller().email().equals(opened.email());
    }

    public boolean isSignedInAsSomeoneElse() {
        return opened != null && session.getCaller() != null && !isSignedInAsInvitee();
    }

    public String getLinkNotWorking() {
        return InvitationAcceptance.LINK_NOT_WORKING;
    }

    public InvitationAcceptance.Opened getOpened() {
        return opened;
    }

    public String getToken() {
        return token;
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
