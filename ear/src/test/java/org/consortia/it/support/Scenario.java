package org.consortia.it.support;

import java.util.UUID;
import org.consortia.identity.CouncilRole;
import org.consortia.membership.WorkspaceRole;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * Two partnerships with their own members, council staff in every council role, and an outsider,
 * all named uniquely so that tests never see each other's data.
 */
public final class Scenario {

    public final String tag = UUID.randomUUID().toString().substring(0, 8);

    public final long council;
    public final long partner;
    public final long outsiderOrganisation;

    public final String admin = email("admin");
    public final String strategy = email("strategy");
    public final String headOfService = email("hos");
    public final String otherHeadOfService = email("other-hos");
    public final String cmt = email("cmt");
    public final String chairOfA = email("chair-a");
    public final String memberOfA = email("member-a");
    public final String observerOfA = email("observer-a");
    public final String chairOfB = email("chair-b");
    public final String outsider = email("outsider");

    public final long headOfServiceId;
    public final long otherHeadOfServiceId;
    public final long chairOfAId;
    public final long memberOfAId;
    public final long outsiderId;

    public final long partnershipA;
    public final long partnershipB;
    public final String slugA = "a-" + tag;
    public final String slugB = "b-" + tag;
    public final long councilMembershipOfA;
    public final long partnerMembershipOfA;
    public final long councilMembershipOfB;
    public final long chairOfARepresentative;
    /** The partner's signatory in A. */
    public final long memberOfARepresentative;
    public final long chairOfBRepresentative;

    public Scenario(Fixtures fixtures) {
        council = fixtures.organisation("Council " + tag);
        partner = fixtures.organisation("Partner " + tag);
        outsiderOrganisation = fixtures.organisation("Outsider " + tag);
        fixtures.account(admin, council, CouncilRole.ADMIN);
        fixtures.account(strategy, council, CouncilRole.STRATEGY);
        headOfServiceId = fixtures.account(headOfService, council, CouncilRole.HEAD_OF_SERVICE);
        otherHeadOfServiceId = fixtures.account(otherHeadOfService, council, CouncilRole.HEAD_OF_SERVICE);
        fixtures.account(cmt, council, CouncilRole.CMT);
        chairOfAId = fixtures.account(chairOfA, partner);
        memberOfAId = fixtures.account(memberOfA, partner);
        long observerOfAId = fixtures.account(observerOfA, partner);
        long chairOfBId = fixtures.account(chairOfB, council);
        outsiderId = fixtures.account(outsider, outsiderOrganisation);

        partnershipA = fixtures.partnership("Partnership A " + tag, slugA, headOfServiceId);
        partnershipB = fixtures.partnership("Partnership B " + tag, slugB, null);
        fixtures.publish(partnershipA);

        CurrentWorkspace.enter(partnershipA);
        try {
            councilMembershipOfA = fixtures.member(council);
            partnerMembershipOfA = fixtures.member(partner);
            chairOfARepresentative = fixtures.representative(partnerMembershipOfA, chairOfAId, WorkspaceRole.CHAIR);
            memberOfARepresentative = fixtures.representative(partnerMembershipOfA, memberOfAId,
                    WorkspaceRole.MEMBER_REPRESENTATIVE);
            fixtures.representative(partnerMembershipOfA, observerOfAId, WorkspaceRole.OBSERVER);
            fixtures.nameSignatories(partnerMembershipOfA, memberOfARepresentative, null);
        } finally {
            CurrentWorkspace.leave();
        }
        CurrentWorkspace.enter(partnershipB);
        try {
            councilMembershipOfB = fixtures.member(council);
            chairOfBRepresentative = fixtures.representative(councilMembershipOfB, chairOfBId, WorkspaceRole.CHAIR);
        } finally {
            CurrentWorkspace.leave();
        }
    }

    private String email(String role) {
        return role + "." + tag + "@example.org";
    }
}
