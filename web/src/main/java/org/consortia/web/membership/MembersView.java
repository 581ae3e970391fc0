package org.consortia.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.Account;
import org.consortia.identity.Organisation;
import org.consortia.membership.Membership;
import org.consortia.membership.MembershipService;
import org.consortia.membership.Representative;
import org.consortia.membership.SecondFactorRule;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.faces.ListPage;

/** The workspace's member organisations and representatives, and the forms that change them. */
@Named
@ViewScoped
public class MembersView implements Serializable {

    /** Rows per page of each list: a partnership of fifty members drew a page too long to use or to serve. */
    static final int PER_PAGE = 25;

    @Inject
    MembershipService membership;

    @Inject
    WorkspaceAccess access;

    private boolean mayManage;
    private boolean mayRequireSecondFactor;
    private boolean mayInvite;
    private SecondFactorRule secondFactorRule;
    private boolean secondFactorRequired;
    private List<Membership> memberships;
    private List<Representative> representatives;
    private List<Organisation> organisationChoices;
    private List<Account> people;
    private Integer organisationsPage;
    private Integer peoplePage;

    private Long newOrganisationId;
    private LocalDate joinedOn = LocalDate.now();
    private Long appointMembershipId;
    private Long appointAccountId;
    private WorkspaceRole appointRole = WorkspaceRole.MEMBER_REPRESENTATIVE;
    private LocalDate termStart = LocalDate.now();
    private LocalDate termEnd;

    private Membership namingFor;
    private List<Representative> signatoryCandidates;
    private Long signatoryId;
    private Long deputyId;

    private Representative changing;
    private WorkspaceRole changeRole;
    private LocalDate changeStart;
    private LocalDate changeEnd;

    @PostConstruct
    void init() {
        WorkspaceContext workspace = access.enter();
        mayManage = workspace.may(Action.MANAGE_MEMBERSHIP);
        mayRequireSecondFactor = workspace.may(Action.REQUIRE_SECOND_FACTOR);
        mayInvite = workspace.may(Action.INVITE_TO_WORKSPACE);
        refresh();
    }

    private void refresh() {
        secondFactorRule = membership.secondFactorRule();
        secondFactorRequired = secondFactorRule.required();
        memberships = membership.memberships();
        representatives = membership.representatives();
        if (mayManage) {
            organisationChoices = membership.organisationsThatMayJoin();
            choosePeople();
        }
    }

    /** Offers the people of the organisation chosen in the appointment form, and only them. */
    public void choosePeople() {
        people = appointMembershipId == null ? List.of() : membership.appointablePeople(appointMembershipId);
        if (appointAccountId != null && people.stream().noneMatch(person -> person.getId().equals(appointAccountId))) {
            appointAccountId = null;
        }
    }

    /** The chair's choice whether members must sign in with a second factor to enter the workspace. */
    public void saveSecondFactorRule() {
        try {
            membership.requireSecondFactor(secondFactorRequired, secondFactorRule.partnershipVersion());
            FieldMessages.info(secondFactorRequired
                    ? "Members now need a second factor to enter this workspace."
                    : "Members no longer need a second factor to enter this workspace.");
            refresh();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("secondFactor", invalid);
        } catch (ConcurrentEditException conflict) {
            secondFactorRule = membership.secondFactorRule();
            FieldMessages.conflict(conflict, "Your choice is still in the form: save it again to keep it.");
        }
    }

    public boolean isMayInvite() {
        return mayInvite;
    }

    public boolean isMayRequireSecondFactor() {
        return mayRequireSecondFactor;
    }

    public SecondFactorRule getSecondFactorRule() {
        return secondFactorRule;
    }

    public boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }

    public void setSecondFactorRequired(boolean secondFactorRequired) {
        this.secondFactorRequired = secondFactorRequired;
    }

    public void addMember() {
        try {
            membership.addMember(newOrganisationId == null ? -1 : newOrganisationId, joinedOn);
            FieldMessages.info("The organisation has been added as a member.");
            newOrganisationId = null;
            refresh();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("addMember", invalid);
        }
    }

    public void appoint() {
        Map<String, String> missing = new LinkedHashMap<>();
        if (appointMembershipId == null) {
            missing.put("membership", "Choose the member organisation the person will represent.");
        }
        if (appointAccountId == null) {
            missing.put("account", "Choose the person.");
        }
        if (!missing.isEmpty()) {
            FieldMessages.show("appoint", new InvalidInputException(missing));
            return;
        }
        try {
            membership.appoint(appointMembershipId, appointAccountId, appointRole, termStart, termEnd);
            FieldMessages.info("The representative has been appointed.");
            appointAccountId = null;
            termEnd = null;
            refresh();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("appoint", invalid);
        }
    }

    public void endMembership(Membership member) {
        try {
            membership.endMembership(member.getId(), member.getVersion(), LocalDate.now());
            FieldMessages.info(member.getOrganisation().getName() + " has left the partnership.");
        } catch (InvalidInputException invalid) {
            FieldMessages.error(null, String.join(" ", invalid.messagesByField().values()));
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "The list now shows the latest state.");
        }
        refresh();
    }

    public void endAppointment(Representative representative) {
        try {
            membership.endAppointment(representative.getId(), representative.getVersion(), LocalDate.now());
            FieldMessages.info(representative.getAccount().getName() + "'s term of office has ended.");
        } catch (InvalidInputException invalid) {
            FieldMessages.error(null, String.join(" ", invalid.messagesByField().values()));
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "The list now shows the latest state.");
        }
        refresh();
    }

    /** Who signs for the organisation, as the list shows it. */
    public String signatoriesOf(Membership member) {
        LocalDate today = LocalDate.now();
        String signatory = named(member.getSignatory(), today);
        String deputy = named(member.getDeputySignatory(), today);
        if (signatory == null && deputy == null) {
            return "Nobody named";
        }
        return (signatory == null ? "No signatory" : signatory) + (deputy == null ? "" : "; deputy: " + deputy);
    }

    private static String named(Representative representative, LocalDate today) {
        if (representative == null) {
            return null;
        }
        return representative.getAccount().getName() + (representative.isInOfficeOn(today) ? "" : " (no longer in office)");
    }

    /** Opens the form that names who signs for an organisation. */
    public void startNaming(Membership member) {
        namingFor = member;
        signatoryCandidates = membership.signatoryCandidates(member.getId());
        signatoryId = member.getSignatory() == null ? null : member.getSignatory().getId();
        deputyId = member.getDeputySignatory() == null ? null : member.getDeputySignatory().getId();
    }

    public void saveNaming() {
        try {
            membership.nameSignatories(namingFor.getId(), namingFor.getVersion(), signatoryId, deputyId);
            FieldMessages.info("Who signs for " + namingFor.getOrganisation().getName() + " has been saved.");
            namingFor = null;
            refresh();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("signatories", invalid);
        } catch (AccessDeniedException | ConcurrentEditException refused) {
            FieldMessages.conflict(refused, "Your choice is still in the form; the list now shows"
                    + " the latest saved state.");
            refresh();
            memberships.stream().filter(m -> m.getId().equals(namingFor.getId())).findFirst()
                    .ifPresent(latest -> namingFor = latest);
        }
    }

    public void cancelNaming() {
        namingFor = null;
    }

    public Membership getNamingFor() {
        return namingFor;
    }

    public List<Representative> getSignatoryCandidates() {
        return signatoryCandidates;
    }

    public Long getSignatoryId() {
        return signatoryId;
    }

    public void setSignatoryId(Long signatoryId) {
        this.signatoryId = signatoryId;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }

    /** Opens the form that changes a representative's role or term of office. */
    public void startChange(Representative representative) {
        changing = representative;
        changeRole = representative.getRole();
        changeStart = representative.getTermStart();
        changeEnd = representative.getTermEnd();
    }

    public void saveChange() {
        try {
            membership.changeAppointment(changing.getId(), changing.getVersion(), changeRole, changeStart, changeEnd);
            FieldMessages.info(changing.getAccount().getName() + "'s appointment has been changed.");
            changing = null;
            refresh();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("change", invalid);
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Your changes are still in the form; the list"
                    + " now shows the latest saved state.");
            refresh();
        }
    }

    public void cancelChange() {
        changing = null;
    }

    public Representative getChanging() {
        return changing;
    }

    public WorkspaceRole getChangeRole() {
        return changeRole;
    }

    public void setChangeRole(WorkspaceRole changeRole) {
        this.changeRole = changeRole;
    }

    public LocalDate getChangeStart() {
        return changeStart;
    }

    public void setChangeStart(LocalDate changeStart) {
        this.changeStart = changeStart;
    }

    public LocalDate getChangeEnd() {
        return changeEnd;
    }

    public void setChangeEnd(LocalDate changeEnd) {
        this.changeEnd = changeEnd;
    }

    public List<Membership> getCurrentMemberships() {
        return memberships.stream().filter(Membership::isCurrent).toList();
    }

    public boolean isInOffice(Representative representative) {
        return representative.isInOfficeOn(LocalDate.now());
    }

    public boolean isMayManage() {
        return mayManage;
    }

    public List<Membership> getMemberships() {
        return memberships;
    }

    public List<Representative> getRepresentatives() {
        return representatives;
    }

    /** The page of member organisations asked for in the address ({@code organisations=2}). */
    public ListPage<Membership> getOrganisationsShown() {
        return ListPage.of(memberships, organisationsPage, PER_PAGE);
    }

    /** The page of representatives asked for in the address ({@code people=2}). */
    public ListPage<Representative> getPeopleShown() {
        return ListPage.of(representatives, peoplePage, PER_PAGE);
    }

    public Integer getOrganisationsPage() {
        return organisationsPage;
    }

    public void setOrganisationsPage(Integer organisationsPage) {
        this.organisationsPage = organisationsPage;
    }

    public Integer getPeoplePage() {
        return peoplePage;
    }

    public void setPeoplePage(Integer peoplePage) {
        this.peoplePage = peoplePage;
    }

    public List<Organisation> getOrganisationChoices() {
        return organisationChoices;
    }

    public List<Account> getPeople() {
        return people;
    }

    public Long getNewOrganisationId() {
        return newOrganisationId;
    }

    public void setNewOrganisationId(Long newOrganisationId) {
        this.newOrganisationId = newOrganisationId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public Long getAppointMembershipId() {
        return appointMembershipId;
    }

    public void setAppointMembershipId(Long appointMembershipId) {
        this.appointMembershipId = appointMembershipId;
    }

    public Long getAppointAccountId() {
        return appointAccountId;
    }

    public void setAppointAccountId(Long appointAccountId) {
        this.appointAccountId = appointAccountId;
    }

    public WorkspaceRole getAppointRole() {
        return appointRole;
    }

    public void setAppointRole(WorkspaceRole appointRole) {
        this.appointRole = appointRole;
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
