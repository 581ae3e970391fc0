package org.consortia.web.invitation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.invitation.Invitations;
import org.consortia.membership.WorkspaceRole;
import org.consortia.web.faces.FieldMessages;

/** Inviting people to a workspace by e-mail, and its open invitations, on the members page of those who appoint. */
@Named
@ViewScoped
public class WorkspaceInvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Invitations invitations;

    private List<Invitations.Listed> open;
    private String email;
    private String name;
    private Long membershipId;
    private WorkspaceRole role = WorkspaceRole.MEMBER_REPRESENTATIVE;
    private LocalDate termStart = LocalDate.now();
    private LocalDate termEnd;

    @PostConstruct
    void init() {
        open = invitations.openInWorkspace();
    }

    public void invite() {
        try {
            invitations.inviteToWorkspace(email, name, membershipId == null ? -1 : membershipId, role, termStart,
                    termEnd);
            FieldMessages.info("An invitation has been sent to " + email.strip() + ".");
            email = null;
            name = null;
            termEnd = null;
            open = invitations.openInWorkspace();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("invite", invalid);
        } catch (AccessDeniedException refused) {
            FieldMessages.error(null, refused.getMessage());
        }
    }

    public void resend(long invitationId) {
        act(() -> invitations.resend(invitationId), "The invitation has been sent again, with a new link for 7 days.");
    }

    public void withdraw(long invitationId) {
        act(() -> invitations.withdraw(invitationId), "The invitation has been withdrawn: its link no longer works.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FieldMessages.info(done);
        } catch (InvalidInputException invalid) {
            FieldMessages.error(null, invalid.messagesByField().values().iterator().next());
        } catch (AccessDeniedException | RecordNotFoundException refused) {
            FieldMessages.error(null, refused.getMessage());
        }
        open = invitations.openInWorkspace();
    }

    public List<Invitations.Listed> getOpen() {
        return open;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getMembershipId() {
        return membershipId;
    }

    public void setMembershipId(Long membershipId) {
        this.membershipId = membershipId;
    }

    public WorkspaceRole getRole() {
        return role;
    }

    public void setRole(WorkspaceRole role) {
        this.role = role;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }
}
