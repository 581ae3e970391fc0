package org.consortia.it.mou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.membership.Membership;
import org.consortia.membership.MembershipService;
import org.consortia.membership.Representative;
import org.consortia.membership.WorkspaceRole;
import org.consortia.mou.MouDocument;
import org.consortia.mou.MouHeading;
import org.consortia.mou.MouService;
import org.consortia.mou.MouSignature;
import org.consortia.mou.MouSigning;
import org.consortia.mou.MouState;
import org.consortia.mou.MouVerification;
import org.consortia.mou.OrganisationToSign;
import org.consortia.mou.VerifiedCopy;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing for an organisation is not a role: each member organisation names its signatory and an
 * optional deputy among its representatives in office, and only they sign the Memorandum for it.
 */
@ExtendWith(ArquillianExtension.class)
class SignatoriesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(SignatoriesIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    MembershipService membership;

    @Inject
    MouService mou;

    @Inject
    MouSigning signing;

    @Inject
    AttentionService attention;

    @Inject
    MouVerification verification;

    private Scenario world;
    private String councilOfficer;
    private long councilOfficerRepresentative;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        councilOfficer = "officer." + world.tag + "@example.org";
        long account = fixtures.account(councilOfficer, world.council);
        councilOfficerRepresentative = CurrentWorkspace.callIn(world.partnershipA,
                () -> fixtures.representative(world.councilMembershipOfA, account, WorkspaceRole.OFFICER_REPRESENTATIVE));
    }

    private Membership partnerMembership() {
        return as.inWorkspace(world.strategy, world.partnershipA, membership::memberships).stream()
                .filter(m -> m.getId() == world.partnerMembershipOfA).findFirst().orElseThrow();
    }

    private void name(String who, long signatory, Long deputy) {
        Membership partner = partnerMembership();
        as.inWorkspace(who, world.partnershipA, () -> membership.nameSignatories(partner.getId(), partner.getVersion(),
                signatory, deputy));
    }

    private void putForAgreement() {
        for (MouHeading heading : MouHeading.values()) {
            long version = as.inWorkspace(world.chairOfA, world.partnershipA, mou::current).sections().stream()
                    .filter(s -> s.getHeading() == heading).findFirst().orElseThrow().getVersion();
            as.inWorkspace(world.chairOfA, world.partnershipA, () -> mou.saveSection(heading, version,
                    "<p>Agreed text for " + heading.title() + ".</p>"));
        }
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
    }

    private MouDocument document(String email) {
        return as.inWorkspace(email, world.partnershipA, mou::current);
    }

    private MouSignature signAs(String email) {
        int shown = document(email).mou().getContentVersion();
        return as.inWorkspace(email, world.partnershipA, () -> signing.sign(Fixtures.PASSWORD, null, shown));
    }

    @Test
    void anOrganisationWhoseOnlySpokespersonIsTheChairSignsThroughTheChair() {
        AccessDeniedException self = assertThrows(AccessDeniedException.class,
                () -> name(world.chairOfA, world.chairOfARepresentative, null));
        assertTrue(self.getMessage().startsWith("You cannot name yourself to sign for Partner " + world.tag), self.getMessage());

        name(world.strategy, world.chairOfARepresentative, world.memberOfARepresentative);
        putForAgreement();
        MouDocument chairSees = document(world.chairOfA);
        assertTrue(chairSees.maySign(), "the chair is the partner's signatory");
        assertTrue(document(world.memberOfA).maySign(), "and the member its deputy");
        assertEquals(List.of(new OrganisationToSign("Council " + world.tag, null, null),
                        new OrganisationToSign("Partner " + world.tag, "Person " + world.chairOfA, "Person " + world.memberOfA)),
                chairSees.awaitingSignature());

        MouSignature signed = signAs(world.chairOfA);
        assertEquals("Chair, signatory", signed.getSignedAs());
        MouDocument deputySees = document(world.memberOfA);
        assertFalse(deputySees.maySign(), "one signature per organisation: the form is gone");
        assertEquals(signed.getId(), deputySees.ourSignature().getId(), "the page says who signed for them and when");
        assertNull(deputySees.signingAdvice());
        assertThrows(InvalidInputException.class, () -> signAs(world.memberOfA));
    }

    @Test
    void aRepresentativeWhoDoesNotSignIsToldWhomToAskAndIsRefusedBeforeAnyPasswordCheck() {
        putForAgreement();
        MouDocument chairSees = document(world.chairOfA);
        assertFalse(chairSees.maySign());
        assertEquals("You do not sign for Partner " + world.tag + ". Ask its signatory, Person "
                + world.memberOfA + ", to sign this version.", chairSees.signingAdvice());
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.chairOfA,
                world.partnershipA, () -> signing.sign("not even the right password", null,
                        chairSees.mou().getContentVersion())));
        assertEquals(chairSees.signingAdvice(), refused.getMessage());
        assertEquals("Council " + world.tag + " has not named who signs for it. Ask a chair or the officer representative"
                + " to name its signatory on the Members page.", document(councilOfficer).signingAdvice());
        assertNull(document(world.observerOfA).signingAdvice(), "observers never sign");
    }

    @Test
    void onlyRepresentativesOfTheOrganisationInOfficeAndTakingPartAreNamed() {
        long observer = as.inWorkspace(world.strategy, world.partnershipA, membership::representatives).stream()
                .filter(r -> r.getRole() == WorkspaceRole.OBSERVER).findFirst().map(Representative::getId).orElseThrow();
        assertEquals("signatory", onlyField(assertThrows(InvalidInputException.class,
                () -> name(world.strategy, observer, null))));
        assertEquals("signatory", onlyField(assertThrows(InvalidInputException.class,
                () -> name(world.strategy, councilOfficerRepresentative, null))), "someone of another organisation");
        assertEquals("signatory", onlyField(assertThrows(InvalidInputException.class,
                () -> name(world.strategy, world.chairOfBRepresentative, null))), "someone of another workspace");
        assertEquals("deputy", onlyField(assertThrows(InvalidInputException.class,
                () -> name(world.strategy, world.memberOfARepresentative, world.memberOfARepresentative))));
        assertEquals("signatory", onlyField(assertThrows(InvalidInputException.class,
                () -> name(world.strategy, -1, null))));
        assertEquals(world.memberOfARepresentative, partnerMembership().getSignatory().getId(), "nothing changed");

        Membership seen = partnerMembership();
        name(world.strategy, world.chairOfARepresentative, null);
        assertThrows(ConcurrentEditException.class, () -> as.inWorkspace(councilOfficer, world.partnershipA,
                () -> membership.nameSignatories(seen.getId(), seen.getVersion(), world.memberOfARepresentative, null)));
    }

    @Test
    void theRightToSignEndsTheMomentTheTermDoes() {
        putForAgreement();
        Representative member = as.inWorkspace(world.strategy, world.partnershipA, membership::representatives).stream()
                .filter(r -> r.getId() == world.memberOfARepresentative).findFirst().orElseThrow();
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.endAppointment(member.getId(),
                member.getVersion(), LocalDate.now()));
        assertEquals("Partner " + world.tag + " has not named who signs for it. Ask a chair or the officer representative"
                + " to name its signatory on the Members page.", document(world.chairOfA).signingAdvice());
        assertEquals(new OrganisationToSign("Partner " + world.tag, null, null), document(world.chairOfA)
                .awaitingSignature().get(1));
        assertThrows(WorkspaceNotFoundException.class, () -> signAs(world.memberOfA),
                "out of office: no right to sign, nor to enter");
        assertTrue(document(world.observerOfA).validSignatures().isEmpty());
    }

    @Test
    void theChairSeesWhoIsStillToSignAndASignatoryWhoseSignatureWasVoidedIsAskedAgain() {
        putForAgreement();
        assertEquals(List.of("Version " + document(world.chairOfA).mou().getContentVersion() + " is out for agreement."
                        + " Still to sign: Council " + world.tag + ", Partner " + world.tag + "."),
                items(world.chairOfA, "Organisations still to sign the Memorandum of Understanding"));
        MouSignature signed = signAs(world.memberOfA);
        long meetings = document(world.chairOfA).sections().stream().filter(s -> s.getHeading() == MouHeading.MEETINGS)
                .findFirst().orElseThrow().getVersion();
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> mou.saveSection(MouHeading.MEETINGS, meetings,
                "<p>Changed after signing.</p>", java.util.Set.of(signed.getId())));
        List<String> asked = items(world.memberOfA, "Sign the Memorandum of Understanding");
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).startsWith("Partner " + world.tag + "'s signature of version " + signed.getContentVersion()
                + " was voided by the edit of "), asked.get(0));
        assertEquals(MouState.FOR_AGREEMENT, document(world.chairOfA).mou().getState());
    }

    @Test
    void aPrintedCopyIsCheckedByItsFingerprintByMembersOfThePartnershipOnly() {
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.nameSignatories(world.councilMembershipOfA,
                councilOfficerRepresentative, null));
        putForAgreement();
        signAs(world.memberOfA);
        MouSignature last = signAs(councilOfficer);
        assertEquals(MouState.AGREED, document(world.observerOfA).mou().getState());

        VerifiedCopy copy = as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> verification.verify("  " + last.getContentHash().toUpperCase() + " ")).orElseThrow();
        assertEquals("Partnership A " + world.tag, copy.partnershipName());
        assertEquals(last.getContentVersion(), copy.version());
        assertTrue(copy.inForce());
        assertEquals(2, copy.signatures().size());

        assertTrue(as.inWorkspace(world.chairOfB, world.partnershipB, () -> verification.verify(last.getContentHash()))
                .isEmpty(), "another partnership's fingerprint is not found");
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.cmt, world.partnershipA,
                () -> verification.verify(last.getContentHash())), "oversight visitors are not members");
        assertEquals("hash", onlyField(assertThrows(InvalidInputException.class, () -> as.inWorkspace(world.memberOfA,
                world.partnershipA, () -> verification.verify("<script>")))));

        as.inWorkspace(world.chairOfA, world.partnershipA, mou::startReview);
        assertEquals("This is the Memorandum's text as it stands now, but it is under review, not agreed.",
                as.inWorkspace(world.memberOfA, world.partnershipA, () -> verification.verify(last.getContentHash()))
                        .orElseThrow().standing());
    }

    private List<String> items(String email, String title) {
        return as.inWorkspace(email, world.partnershipA, attention::forCurrentWorkspace).stream()
                .filter(item -> item.title().equals(title)).map(AttentionItem::detail).toList();
    }

    private static String onlyField(InvalidInputException invalid) {
        assertEquals(1, invalid.messagesByField().size(), invalid.messagesByField().toString());
        return invalid.messagesByField().keySet().iterator().next();
    }
}
