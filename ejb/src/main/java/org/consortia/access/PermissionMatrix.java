package org.consortia.access;

import static org.consortia.access.Action.ADVISE_ON_FINANCE;
import static org.consortia.access.Action.ADVISE_ON_LAW;
import static org.consortia.access.Action.APPOINT_CHAIRS;
import static org.consortia.access.Action.APPOINT_FOR_COUNCIL;
import static org.consortia.access.Action.AUTHORISE_BUSINESS_CASE;
import static org.consortia.access.Action.CHANGE_DOCUMENT_STATE;
import static org.consortia.access.Action.COMMENT_ON_ANNUAL_REPORT;
import static org.consortia.access.Action.COMMENT_ON_EXIT_REPORT;
import static org.consortia.access.Action.COMMENT_ON_PROGRESS_REPORT;
import static org.consortia.access.Action.CONSIDER_ANNUAL_REVIEW;
import static org.consortia.access.Action.CREATE_PARTNERSHIP;
import static org.consortia.access.Action.DECIDE_BUSINESS_CASE;
import static org.consortia.access.Action.DRAFT_CYCLE_FORMS;
import static org.consortia.access.Action.EDIT_ACCOUNTABLE_PARTNERSHIP;
import static org.consortia.access.Action.EDIT_ANY_PARTNERSHIP;
import static org.consortia.access.Action.EDIT_SHARED_RECORDS;
import static org.consortia.access.Action.ENTER_ACCOUNTABLE_WORKSPACE;
import static org.consortia.access.Action.ENTER_ANY_WORKSPACE;
import static org.consortia.access.Action.EVALUATE_ANNUAL_REVIEW;
import static org.consortia.access.Action.INVITE_TO_WORKSPACE;
import static org.consortia.access.Action.MANAGE_ACCOUNTS;
import static org.consortia.access.Action.MANAGE_MEETINGS;
import static org.consortia.access.Action.MANAGE_MEMBERSHIP;
import static org.consortia.access.Action.MANAGE_ORGANISATIONS;
import static org.consortia.access.Action.PRODUCE_ANNUAL_REPORT;
import static org.consortia.access.Action.PUBLISH_CODE_OF_CONDUCT;
import static org.consortia.access.Action.PUBLISH_ON_REGISTER;
import static org.consortia.access.Action.READ_ANNUAL_REPORT;
import static org.consortia.access.Action.READ_CLOSED_ITEMS;
import static org.consortia.access.Action.READ_CYCLE_FORMS;
import static org.consortia.access.Action.RECORD_EXIT_DECISION;
import static org.consortia.access.Action.REQUIRE_SECOND_FACTOR;
import static org.consortia.access.Action.SET_MEETING_RULES;
import static org.consortia.access.Action.SIGN_CODE_OF_CONDUCT;
import static org.consortia.access.Action.SIGN_FOR_ORGANISATION;
import static org.consortia.access.Action.SIGN_MINUTES;
import static org.consortia.access.Action.SUBMIT_PROGRESS_REPORT;
import static org.consortia.access.Action.VIEW_HISTORY;
import static org.consortia.access.Action.VIEW_OVERVIEW;
import static org.consortia.access.Action.VIEW_PARTNERSHIP_DATABASE;
import static org.consortia.access.Action.VIEW_RISK_PORTFOLIO;
import static org.consortia.access.Action.VIEW_WORKSPACE;
import static org.consortia.identity.CouncilRole.ADMIN;
import static org.consortia.identity.CouncilRole.CMT;
import static org.consortia.identity.CouncilRole.DEPUTY_CHIEF_EXECUTIVE;
import static org.consortia.identity.CouncilRole.DIRECTOR;
import static org.consortia.identity.CouncilRole.EXECUTIVE;
import static org.consortia.identity.CouncilRole.HEAD_OF_FINANCE;
import static org.consortia.identity.CouncilRole.HEAD_OF_LEGAL;
import static org.consortia.identity.CouncilRole.HEAD_OF_SERVICE;
import static org.consortia.identity.CouncilRole.PORTFOLIO_HOLDER;
import static org.consortia.identity.CouncilRole.SCRUTINY;
import static org.consortia.identity.CouncilRole.STRATEGY;
import static org.consortia.membership.WorkspaceRole.CHAIR;
import static org.consortia.membership.WorkspaceRole.ELECTED_MEMBER;
import static org.consortia.membership.WorkspaceRole.MEMBER_REPRESENTATIVE;
import static org.consortia.membership.WorkspaceRole.OBSERVER;
import static org.consortia.membership.WorkspaceRole.OFFICER_REPRESENTATIVE;
import static org.consortia.membership.WorkspaceRole.SECRETARIAT;
import static org.consortia.membership.WorkspaceRole.VICE_CHAIR;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says which role may do what. Council-wide roles act across the portal;
 * workspace roles act inside the partnership where the person holds them. Rules that depend on the
 * record as well as the role (the accountable Head of Service) are separate actions here and are
 * completed by the service that knows the record.
 */
public final class PermissionMatrix {

    private static final Map<Action, Set<Role>> GRANTS = new EnumMap<>(Action.class);

    static {
        grant(MANAGE_ACCOUNTS, ADMIN);
        grant(MANAGE_ORGANISATIONS, ADMIN);
        grant(VIEW_PARTNERSHIP_DATABASE, ADMIN, STRATEGY, HEAD_OF_SERVICE, CMT, EXECUTIVE, SCRUTINY, DIRECTOR,
                HEAD_OF_FINANCE, HEAD_OF_LEGAL, PORTFOLIO_HOLDER, DEPUTY_CHIEF_EXECUTIVE);
        grant(CREATE_PARTNERSHIP, ADMIN, STRATEGY);
        grant(EDIT_ANY_PARTNERSHIP, ADMIN, STRATEGY);
        grant(PUBLISH_ON_REGISTER, STRATEGY);
        grant(EDIT_ACCOUNTABLE_PARTNERSHIP, HEAD_OF_SERVICE);
        grant(ENTER_ANY_WORKSPACE, STRATEGY, CMT, EXECUTIVE, SCRUTINY);
        grant(ENTER_ACCOUNTABLE_WORKSPACE, HEAD_OF_SERVICE);
        grant(VIEW_RISK_PORTFOLIO, STRATEGY, CMT, EXECUTIVE, SCRUTINY, DEPUTY_CHIEF_EXECUTIVE);
        grant(VIEW_WORKSPACE, CHAIR, VICE_CHAIR, OFFICER_REPRESENTATIVE, MEMBER_REPRESENTATIVE, ELECTED_MEMBER,
                SECRETARIAT, OBSERVER);
        grant(VIEW_HISTORY, CHAIR, VICE_CHAIR, OFFICER_REPRESENTATIVE, MEMBER_REPRESENTATIVE, ELECTED_MEMBER,
                SECRETARIAT, OBSERVER);
        grant(APPOINT_FOR_COUNCIL, STRATEGY);
        grant(MANAGE_MEMBERSHIP, CHAIR, OFFICER_REPRESENTATIVE);
        grant(INVITE_TO_WORKSPACE, CHAIR, VICE_CHAIR, OFFICER_REPRESENTATIVE);
        grant(APPOINT_CHAIRS, CHAIR);
        grant(REQUIRE_SECOND_FACTOR, CHAIR);
        grant(EDIT_SHARED_RECORDS, CHAIR, VICE_CHAIR, OFFICER_REPRESENTATIVE, MEMBER_REPRESENTATIVE, SECRETARIAT);
        grant(CHANGE_DOCUMENT_STATE, CHAIR, VICE_CHAIR, OFFICER_REPRESENTATIVE);
        grant(SET_MEETING_RULES, CHAIR, VICE_CHAIR, OFFICER_REPRESENTATIVE);
        grant(MANAGE_MEETINGS, CHAIR, VICE_CHAIR, SECRETARIAT);
        grant(SIGN_MINUTES, CHAIR);
        grant(READ_CLOSED_ITEMS, CHAIR, VICE_CHAIR, OFFICER_REPRESENTATIVE, MEMBER_REPRESENTATIVE, ELECTED_MEMBER,
                SECRETARIAT);
        grant(PUBLISH_CODE_OF_CONDUCT, CHAIR);
        grant(SIGN_CODE_OF_CONDUCT, CHAIR, VICE_CHAIR, OFFICER_REPRESENTATIVE, MEMBER_REPRESENTATIVE, ELECTED_MEMBER,
                SECRETARIAT, OBSERVER);
        // Who may be named to sign for their organisation: the naming, not the role, gives the right.
        grant(SIGN_FOR_ORGANISATION, CHAIR, VICE_CHAIR, OFFICER_REPRESENTATIVE, MEMBER_REPRESENTATIVE, ELECTED_MEMBER,
                SECRETARIAT);
        grant(READ_CYCLE_FORMS, STRATEGY, HEAD_OF_SERVICE, CMT, EXECUTIVE, SCRUTINY, DIRECTOR, HEAD_OF_FINANCE,
                HEAD_OF_LEGAL, PORTFOLIO_HOLDER, DEPUTY_CHIEF_EXECUTIVE);
        grant(DRAFT_CYCLE_FORMS, STRATEGY, HEAD_OF_SERVICE);
        grant(AUTHORISE_BUSINESS_CASE, HEAD_OF_SERVICE, DIRECTOR);
        grant(ADVISE_ON_FINANCE, HEAD_OF_FINANCE);
        grant(ADVISE_ON_LAW, HEAD_OF_LEGAL);
        grant(DECIDE_BUSINESS_CASE, EXECUTIVE);
        grant(SUBMIT_PROGRESS_REPORT, HEAD_OF_SERVICE, DIRECTOR);
        grant(COMMENT_ON_PROGRESS_REPORT, CMT, PORTFOLIO_HOLDER);
        grant(EVALUATE_ANNUAL_REVIEW, HEAD_OF_SERVICE, DIRECTOR);
        grant(CONSIDER_ANNUAL_REVIEW, CMT);
        grant(RECORD_EXIT_DECISION, EXECUTIVE, STRATEGY);
        grant(COMMENT_ON_EXIT_REPORT, CMT);
        grant(VIEW_OVERVIEW, STRATEGY, CMT, EXECUTIVE, SCRUTINY, DEPUTY_CHIEF_EXECUTIVE);
        grant(PRODUCE_ANNUAL_REPORT, STRATEGY, DEPUTY_CHIEF_EXECUTIVE);
        grant(READ_ANNUAL_REPORT, STRATEGY, DEPUTY_CHIEF_EXECUTIVE, CMT, EXECUTIVE, SCRUTINY);
        grant(COMMENT_ON_ANNUAL_REPORT, CMT, EXECUTIVE, SCRUTINY);
    }

    /** Actions an oversight role may take inside a workspace it has entered without being a member. */
    private static final Set<Action> OVERSIGHT_ACTIONS = Set.of(VIEW_WORKSPACE, VIEW_HISTORY);

    /**
     * The actions that only read a workspace: what its members keep, as their roles allow, where they
     * may no longer change anything there (the council's people once its involvement has ended).
     */
    private static final Set<Action> READING_ACTIONS = Set.of(VIEW_WORKSPACE, VIEW_HISTORY, READ_CLOSED_ITEMS);

    private PermissionMatrix() {
    }

    private static void grant(Action action, Role... roles) {
        GRANTS.put(action, Set.of(roles));
    }

    public static boolean allows(Role role, Action action) {
        return GRANTS.getOrDefault(action, Set.of()).contains(role);
    }

    public static boolean allowsAny(Collection<? extends Role> roles, Action action) {
        return roles.stream().anyMatch(role -> allows(role, action));
    }

    /** Whether an oversight visitor, who is no member, may take this action inside a workspace. */
    public static boolean allowsOversight(Action action) {
        return OVERSIGHT_ACTIONS.contains(action);
    }

    /** Whether the action only reads the workspace it is taken in. */
    public static boolean onlyReads(Action action) {
        return READING_ACTIONS.contains(action);
    }
}
