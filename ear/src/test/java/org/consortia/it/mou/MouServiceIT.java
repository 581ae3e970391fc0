package org.consortia.it.mou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryService;
import org.consortia.history.TextDiff;
import org.consortia.identity.AuthenticationService;
import org.consortia.identity.LockoutPolicy;
import org.consortia.identity.LoginOutcome;
import org.consortia.it.support.AllAtOnce;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.it.support.SecondFactorCodes;
import org.consortia.membership.WorkspaceRole;
import org.consortia.mou.MouDocument;
import org.consortia.mou.MouHeading;
import org.consortia.mou.MouSection;
import org.consortia.mou.MouService;
import org.consortia.mou.MouSignature;
import org.consortia.mou.MouSigning;
import org.consortia.mou.MouState;
import org.consortia.mou.OrganisationToSign;
import org.consortia.mou.SectionChange;
import org.consortia.mou.SectionConflictException;
import org.consortia.mou.SectionRevision;
import org.consortia.mou.SignaturesWouldBeVoidedException;
import org.consortia.notification.OutboxMessage;
import org.consortia.tenancy.CurrentWorkspace;
import org.consortia.tenancy.WorkspaceNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Co-editing, agreeing and signing the Memorandum of Understanding of a workspace. */
@ExtendWith(ArquillianExtension.class)
class MouServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(MouServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    AuthenticationService authentication;

    @Inject
    MouService mou;

    @Inject
    MouSigning signing;

    @Inject
    HistoryService history;

    @Inject
    AttentionService attention;

    @Resource
    ManagedExecutorService executor;

    @Inject
    org.consortia.membership.MembershipService membership;

    private Scenario world;
    private String councilSignatory;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
        councilSignatory = "council-rep." + world.tag + "@example.org";
        long account = fixtures.account(councilSignatory, world.council);
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.nameSignatories(world.councilMembershipOfA,
                fixtures.representative(world.councilMembershipOfA, account, WorkspaceRole.MEMBER_REPRESENTATIVE), null));
    }

    private MouDocument document(String email) {
        return as.inWorkspace(email, world.partnershipA, mou::current);
    }

    private MouSection section(MouDocument document, MouHeading heading) {
        return document.sections().stream().filter(s -> s.getHeading() == heading).findFirst().orElseThrow();
    }

    private void save(String email, MouHeading heading, String html) {
        MouSection current = section(document(email), heading);
        as.inWorkspace(email, world.partnershipA, () -> mou.saveSection(heading, current.getVersion(), html));
    }

    private MouSignature signAs(String email) {
        return signAs(email, Fixtures.PASSWORD);
    }

    /** Signs the version the signer sees, as the page does. */
    private MouSignature signAs(String email, String password) {
        int shown = document(email).mou().getContentVersion();
        return as.inWorkspace(email, world.partnershipA, () -> signing.sign(password, null, shown));
    }

    private void fillEveryHeading() {
        for (MouHeading heading : MouHeading.values()) {
            if (heading != MouHeading.PARTNERSHIP_PRINCIPLES) {
                save(world.chairOfA, heading, "<p>Agreed text for " + heading.title() + ".</p>");
            }
        }
    }

    @Test
    void aNewMemorandumHasTheModelHeadingsInOrderWithThePrinciplesFilledIn() {
        MouDocument document = document(world.observerOfA);
        assertEquals(Arrays.asList(MouHeading.values()),
                document.sections().stream().map(MouSection::getHeading).toList());
        assertTrue(section(document, MouHeading.PARTNERSHIP_PRINCIPLES).getContent()
                .contains("<li>mutual trust and respect;</li>"));
        assertEquals(MouState.DRAFT, document.mou().getState());
        assertFalse(document.mayEdit(), "observers read only");
        assertTrue(document(world.memberOfA).mayEdit());
    }

    @Test
    void twoPeopleEditingDifferentSectionsNeverConflict() {
        MouDocument chairSees = document(world.chairOfA);
        MouDocument memberSees = document(world.memberOfA);
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> mou.saveSection(MouHeading.MEETINGS,
                section(chairSees, MouHeading.MEETINGS).getVersion(), "<p>We meet quarterly.</p>"));
        as.inWorkspace(world.memberOfA, world.partnershipA, () -> mou.saveSection(MouHeading.ACCOUNTABILITY,
                section(memberSees, MouHeading.ACCOUNTABILITY).getVersion(), "<p>Accountable to the board.</p>"));
        MouDocument after = document(world.observerOfA);
        assertEquals("<p>We meet quarterly.</p>", section(after, MouHeading.MEETINGS).getContent());
        assertEquals("<p>Accountable to the board.</p>", section(after, MouHeading.ACCOUNTABILITY).getContent());
    }

    @Test
    void savesAtTheSameMomentNeverLoseWorkAndConflictOnlyOnTheSameSection() throws Exception {
        MouDocument start = document(world.chairOfA);
        long meetings = section(start, MouHeading.MEETINGS).getVersion();
        long accountability = section(start, MouHeading.ACCOUNTABILITY).getVersion();
        long termination = section(start, MouHeading.TERMINATION).getVersion();
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<String>> saves = List.of(
                () -> saveAtOnce(go, world.chairOfA, MouHeading.MEETINGS, meetings, "<p>Meetings of the chair.</p>"),
                () -> saveAtOnce(go, world.memberOfA, MouHeading.ACCOUNTABILITY, accountability, "<p>Accountable.</p>"),
                () -> saveAtOnce(go, world.chairOfA, MouHeading.TERMINATION, termination, "<p>Three months.</p>"),
                () -> saveAtOnce(go, world.memberOfA, MouHeading.TERMINATION, termination, "<p>Six months.</p>"));
        List<Future<String>> results = saves.stream().map(executor::submit).toList();
        go.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        assertEquals("saved", outcomes.get(0));
        assertEquals("saved", outcomes.get(1), "different sections never conflict");
        assertEquals(List.of("conflict", "saved"), outcomes.subList(2, 4).stream().sorted().toList(),
                "one of two saves of the same section wins, the other is shown the conflict");
        MouDocument after = document(world.observerOfA);
        assertEquals("<p>Meetings of the chair.</p>", section(after, MouHeading.MEETINGS).getContent());
        assertEquals("<p>Accountable.</p>", section(after, MouHeading.ACCOUNTABILITY).getContent());
    }

    @Test
    void twoPeoplePuttingTheMemorandumForAgreementAtOnceGetOneChangeAndOneClearRefusal() throws Exception {
        fillEveryHeading();
        List<String> outcomes = AllAtOnce.run(2, () -> {
            try {
                as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
                return "changed";
            } catch (InvalidInputException alreadyChanged) {
                return "refused";
            }
        });
        assertEquals(List.of("changed", "refused"), outcomes.stream().sorted().toList());
        assertEquals(MouState.FOR_AGREEMENT, document(world.observerOfA).mou().getState());
    }

    @Test
    void aSignatureIsNeverRecordedWithoutTheConfirmedPassword() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        int version = document(world.memberOfA).mou().getContentVersion();
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> signing.recordSignature(null, version)));
        assertTrue(document(world.observerOfA).validSignatures().isEmpty());
    }

    @Test
    void aReviewDateSomeoneElseChangedMeanwhileIsNotOverwritten() {
        LocalDate first = LocalDate.now().plusMonths(6);
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> mou.setReviewDate(null, first));
        assertThrows(ConcurrentEditException.class, () -> as.inWorkspace(world.chairOfA,
                world.partnershipA, () -> mou.setReviewDate(null, LocalDate.now().plusYears(2))));
        assertEquals(first, document(world.observerOfA).mou().getReviewDate());
    }

    private String saveAtOnce(CountDownLatch go, String email, MouHeading heading, long version, String html)
            throws InterruptedException {
        go.await();
        try {
            as.inWorkspace(email, world.partnershipA, () -> mou.saveSection(heading, version, html));
            return "saved";
        } catch (SectionConflictException conflict) {
            return "conflict";
        }
    }

    @Test
    void theSecondSaveOfASectionFromTheSameVersionIsRefusedWithBothTexts() {
        long startingVersion = section(document(world.chairOfA), MouHeading.MEETINGS).getVersion();
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> mou.saveSection(MouHeading.MEETINGS, startingVersion,
                "<p>We meet quarterly.</p><p>Quorum is three.</p>"));
        SectionConflictException conflict = assertThrows(SectionConflictException.class,
                () -> as.inWorkspace(world.memberOfA, world.partnershipA, () -> mou.saveSection(MouHeading.MEETINGS,
                        startingVersion, "<p>We meet quarterly.</p><p>Quorum is four.</p>")));
        assertEquals("<p>We meet quarterly.</p><p>Quorum is three.</p>", conflict.theirContent());
        assertTrue(conflict.getMessage().matches("Person " + java.util.regex.Pattern.quote(world.chairOfA) + " \\(Partner "
                + world.tag + "\\) saved “Meetings” at \\d\\d:\\d\\d on \\d{1,2} \\w+ \\d{4}, while you were editing it\\."
                + " Nothing was saved\\."), conflict.getMessage());
        assertEquals("<p>We meet quarterly.</p><p>Quorum is four.</p>", conflict.yourContent());
        assertEquals(List.of(new TextDiff.Line(TextDiff.Kind.KEPT, "We meet quarterly."),
                new TextDiff.Line(TextDiff.Kind.REMOVED, "Quorum is three."),
                new TextDiff.Line(TextDiff.Kind.ADDED, "Quorum is four.")), conflict.diff());
        assertEquals("<p>We meet quarterly.</p><p>Quorum is three.</p>",
                section(document(world.observerOfA), MouHeading.MEETINGS).getContent(), "the first save is kept");

        as.inWorkspace(world.memberOfA, world.partnershipA, () -> mou.saveSection(MouHeading.MEETINGS,
                conflict.theirVersion(), "<p>We meet quarterly.</p><p>Quorum is three, or four at AGMs.</p>"));
        assertEquals("<p>We meet quarterly.</p><p>Quorum is three, or four at AGMs.</p>",
                section(document(world.observerOfA), MouHeading.MEETINGS).getContent(), "the merge is saved");
    }

    @Test
    void hostileMarkupIsRemovedBeforeAnythingIsStored() {
        save(world.chairOfA, MouHeading.TERMS_OF_REFERENCE,
                "<p onmouseover=\"steal()\">Reduce crime<script>alert(document.cookie)</script></p>"
                        + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">click</a>");
        assertEquals("<p>Reduce crime</p>click",
                section(document(world.observerOfA), MouHeading.TERMS_OF_REFERENCE).getContent());
    }

    @Test
    void aSignificantPartnershipListsTheEmptyHeadingsInsteadOfGoingForAgreement() {
        save(world.chairOfA, MouHeading.AIMS_AND_OBJECTIVES, "<p>Safer streets.</p>");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement));
        List<String> empty = List.copyOf(refused.messagesByField().keySet());
        assertEquals("section-TERMS_OF_REFERENCE", empty.get(0), "in heading order");
        assertTrue(empty.contains("section-MEETINGS"), empty.toString());
        assertFalse(empty.contains("section-AIMS_AND_OBJECTIVES") || empty.contains("section-PARTNERSHIP_PRINCIPLES"),
                empty.toString());
        assertEquals("Write “Meetings” before the Memorandum is put for agreement: a significant partnership leaves no"
                + " heading empty.", refused.messagesByField().get("section-MEETINGS"));
        assertEquals(MouState.DRAFT, document(world.observerOfA).mou().getState());
        assertThrows(AccessDeniedException.class,
                () -> as.inWorkspace(world.memberOfA, world.partnershipA, mou::putForAgreement));
    }

    @Test
    void itIsAgreedOnlyWhenEveryMemberOrganisationHasSignedTheSameVersion() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);

        MouSignature partnerSigned = signAs(world.memberOfA);
        int signedVersion = partnerSigned.getContentVersion();
        assertEquals(64, partnerSigned.getContentHash().length());
        MouDocument halfway = document(world.observerOfA);
        assertEquals(MouState.FOR_AGREEMENT, halfway.mou().getState());
        assertEquals(List.of("Council " + world.tag), organisations(halfway.awaitingSignature()));

        long meetings = section(halfway, MouHeading.MEETINGS).getVersion();
        SignaturesWouldBeVoidedException untold = assertThrows(SignaturesWouldBeVoidedException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                        () -> mou.saveSection(MouHeading.MEETINGS, meetings, "<p>A late change.</p>")));
        assertEquals(List.of("Partner " + world.tag), untold.organisations());
        assertEquals(Set.of(partnerSigned.getId()), untold.signatureIds());
        MouDocument unchanged = document(world.observerOfA);
        assertEquals(1, unchanged.validSignatures().size(), "no signature disappears without the editor being told");
        assertEquals("<p>Agreed text for Meetings.</p>", section(unchanged, MouHeading.MEETINGS).getContent());

        as.inWorkspace(world.chairOfA, world.partnershipA, () -> mou.saveSection(MouHeading.MEETINGS, meetings,
                "<p>A late change.</p>", untold.signatureIds()));
        MouDocument afterEdit = document(world.observerOfA);
        assertTrue(afterEdit.validSignatures().isEmpty(), "the edit voided the signature");
        assertEquals(signedVersion + 1, afterEdit.mou().getContentVersion());
        assertEquals(List.of(new SectionChange(MouHeading.MEETINGS, List.of(
                        new TextDiff.Line(TextDiff.Kind.REMOVED, "Agreed text for Meetings."),
                        new TextDiff.Line(TextDiff.Kind.ADDED, "A late change.")))),
                as.inWorkspace(world.memberOfA, world.partnershipA, mou::changesSinceOurSignature));
        assertTrue(as.inWorkspace(councilSignatory, world.partnershipA, mou::changesSinceOurSignature).isEmpty(),
                "the council never signed, so nothing changed since");
        assertEquals("<p>Agreed text for Meetings.</p>", as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> mou.asSigned(partnerSigned.getId())).stream()
                .filter(section -> section.getHeading() == MouHeading.MEETINGS).findFirst().orElseThrow().getContent());

        signAs(councilSignatory);
        assertEquals(MouState.FOR_AGREEMENT, document(world.observerOfA).mou().getState(),
                "signatures of two different versions do not agree the Memorandum");

        MouSignature again = signAs(world.memberOfA);
        MouDocument agreed = document(world.observerOfA);
        assertEquals(MouState.AGREED, agreed.mou().getState());
        assertTrue(agreed.validSignatures().stream().allMatch(s -> s.getContentVersion() == again.getContentVersion()
                && s.getContentHash().equals(again.getContentHash())));
        assertThrows(AccessDeniedException.class, () -> save(world.chairOfA, MouHeading.MEETINGS, "<p>Too late.</p>"));
    }

    private static List<String> organisations(List<OrganisationToSign> awaiting) {
        return awaiting.stream().map(OrganisationToSign::organisation).toList();
    }

    @Test
    void aSignatureMadeWhileTheEditorWasOpenIsNotVoidedByAnEarlierConfirmation() {
        String outsiderSignatory = "outsider-rep." + world.tag + "@example.org";
        long outsiderAccount = fixtures.account(outsiderSignatory, world.outsiderOrganisation);
        CurrentWorkspace.runIn(world.partnershipA, () -> {
            long joined = fixtures.member(world.outsiderOrganisation);
            fixtures.nameSignatories(joined, fixtures.representative(joined, outsiderAccount,
                    WorkspaceRole.MEMBER_REPRESENTATIVE), null);
        });
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        MouSignature first = signAs(world.memberOfA);
        long meetings = section(document(world.chairOfA), MouHeading.MEETINGS).getVersion();
        Set<Long> told = Set.of(first.getId());
        MouSignature meanwhile = signAs(councilSignatory);

        SignaturesWouldBeVoidedException untold = assertThrows(SignaturesWouldBeVoidedException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                        () -> mou.saveSection(MouHeading.MEETINGS, meetings, "<p>A change.</p>", told)));
        assertEquals(List.of("Council " + world.tag, "Partner " + world.tag), untold.organisations());
        assertEquals(Set.of(first.getId(), meanwhile.getId()), untold.signatureIds());
        assertEquals(2, document(world.observerOfA).validSignatures().size());

        as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> mou.saveSection(MouHeading.MEETINGS, meetings, "<p>A change.</p>", untold.signatureIds()));
        assertTrue(document(world.observerOfA).validSignatures().isEmpty());
    }

    @Test
    void eachSignatoryIsToldOnceThatTheMemorandumIsOutForAgreementAndUrgentlyWhenAnEditVoidsTheirSignature() {
        String deputy = "partner-deputy." + world.tag + "@example.org";
        long deputyAccount = fixtures.account(deputy, world.partner);
        CurrentWorkspace.runIn(world.partnershipA, () -> fixtures.nameSignatories(world.partnerMembershipOfA,
                world.memberOfARepresentative, fixtures.representative(world.partnerMembershipOfA, deputyAccount,
                        WorkspaceRole.MEMBER_REPRESENTATIVE)));
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);

        for (String signer : List.of(world.memberOfA, deputy, councilSignatory)) {
            List<OutboxMessage> told = fixtures.mailTo(signer, "mou-for-agreement:");
            assertEquals(1, told.size(), signer);
            assertEquals("The Memorandum of Understanding of Partnership A " + world.tag + " is out for agreement",
                    told.get(0).getSubject());
            assertTrue(told.get(0).getTextBody().contains("/w/" + world.slugA + "/mou"), told.get(0).getTextBody());
            assertFalse(told.get(0).isUrgent());
        }
        for (String untold : List.of(world.chairOfA, world.observerOfA, world.outsider, world.chairOfB)) {
            assertTrue(fixtures.mailTo(untold, "mou-").isEmpty(), untold + " signs nothing, or put it themselves");
        }

        MouSignature partnerSigned = signAs(world.memberOfA);
        long meetings = section(document(world.chairOfA), MouHeading.MEETINGS).getVersion();
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> mou.saveSection(MouHeading.MEETINGS, meetings,
                "<p>A late change.</p>", Set.of(partnerSigned.getId())));

        for (String signer : List.of(world.memberOfA, deputy)) {
            List<OutboxMessage> voided = fixtures.mailTo(signer, "mou-signature-voided:");
            assertEquals(1, voided.size(), signer);
            assertTrue(voided.get(0).isUrgent(), "a voided signature is told at once");
            assertTrue(voided.get(0).getTextBody().contains("Partner " + world.tag + "'s signature of version "
                    + partnerSigned.getContentVersion()), voided.get(0).getTextBody());
            assertTrue(voided.get(0).getTextBody().contains("“Meetings”"), voided.get(0).getTextBody());
        }
        assertTrue(fixtures.mailTo(councilSignatory, "mou-signature-voided:").isEmpty(),
                "the council had not signed, so nothing of theirs was voided");
        assertEquals(1, fixtures.mailTo(world.memberOfA, "mou-for-agreement:").size(), "nothing is told twice");
    }

    @Test
    void aRefusedEditTellsNobody() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        signAs(world.memberOfA);
        long meetings = section(document(world.chairOfA), MouHeading.MEETINGS).getVersion();
        assertThrows(SignaturesWouldBeVoidedException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> mou.saveSection(MouHeading.MEETINGS, meetings, "<p>An unconfirmed change.</p>")));
        assertTrue(fixtures.mailTo(world.memberOfA, "mou-signature-voided:").isEmpty());
    }

    @Test
    void representativesWhoseOrganisationHasNotSignedAreAskedTo() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        assertEquals(List.of("Sign the Memorandum of Understanding"), memorandumItems(world.memberOfA));
        assertTrue(memorandumItems(world.observerOfA).isEmpty());
        signAs(world.memberOfA);
        assertTrue(memorandumItems(world.memberOfA).isEmpty());
        assertEquals(List.of("Sign the Memorandum of Understanding"), memorandumItems(councilSignatory));
    }

    private List<String> memorandumItems(String email) {
        return as.inWorkspace(email, world.partnershipA, attention::forCurrentWorkspace).stream()
                .map(AttentionItem::title).filter(title -> title.contains("Memorandum")).toList();
    }

    @Test
    void aVersionChangedAfterThePageWasOpenedIsNotSigned() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        int shown = document(world.memberOfA).mou().getContentVersion();
        save(world.chairOfA, MouHeading.MEETINGS, "<p>Changed while the member was reading.</p>");
        InvalidInputException stale = assertThrows(InvalidInputException.class,
                () -> as.inWorkspace(world.memberOfA, world.partnershipA, () -> signing.sign(Fixtures.PASSWORD, null, shown)));
        assertTrue(stale.messagesByField().get("password").startsWith("The Memorandum changed after you opened it"));
        assertTrue(document(world.observerOfA).validSignatures().isEmpty());
    }

    @Test
    void membershipChangesAreWeighedAgainstTheSignatures() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        signAs(world.memberOfA);
        assertEquals(MouState.FOR_AGREEMENT, document(world.observerOfA).mou().getState());

        org.consortia.membership.Membership council = as.inWorkspace(world.chairOfA, world.partnershipA,
                membership::memberships).stream().filter(m -> m.getId() == world.councilMembershipOfA).findFirst()
                .orElseThrow();
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> membership.endMembership(council.getId(),
                council.getVersion(), LocalDate.now()));
        assertEquals(MouState.AGREED, document(world.observerOfA).mou().getState(),
                "the organisation that left is no longer waited for");

        as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> membership.addMember(world.outsiderOrganisation, LocalDate.now()));
        MouDocument afterJoining = document(world.observerOfA);
        assertEquals(MouState.FOR_AGREEMENT, afterJoining.mou().getState(), "a new member must sign too");
        assertEquals(List.of("Outsider " + world.tag), organisations(afterJoining.awaitingSignature()));
    }

    @Test
    void aReviewEndsInAFreshRoundOfSignatures() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        signAs(world.memberOfA);
        signAs(councilSignatory);
        assertEquals(MouState.AGREED, document(world.observerOfA).mou().getState());
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::startReview);
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        MouDocument again = document(world.observerOfA);
        assertEquals(MouState.FOR_AGREEMENT, again.mou().getState());
        assertTrue(again.validSignatures().isEmpty());
        signAs(world.memberOfA);
        signAs(councilSignatory);
        assertEquals(MouState.AGREED, document(world.observerOfA).mou().getState());
    }

    @Test
    void wrongSigningPasswordsLockTheAccountLikeWrongLogins() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        for (int attempt = 1; attempt < LockoutPolicy.ACCOUNT.maxFailures(); attempt++) {
            assertThrows(InvalidInputException.class, () -> signAs(world.memberOfA, "a guess"));
        }
        InvalidInputException locked = assertThrows(InvalidInputException.class, () -> signAs(world.memberOfA, "a guess"));
        assertTrue(locked.messagesByField().get("password").startsWith("Too many wrong passwords"), locked.getMessage());
        InvalidInputException stillLocked = assertThrows(InvalidInputException.class, () -> signAs(world.memberOfA));
        assertTrue(stillLocked.messagesByField().get("password").startsWith("Too many wrong passwords"),
                "even the right password waits for the lock to end");
        assertTrue(document(world.observerOfA).validSignatures().isEmpty());
        assertEquals(LoginOutcome.LOCKED, authentication.authenticate(world.memberOfA, Fixtures.PASSWORD).outcome(),
                "the login page is locked too");
    }

    @Test
    void aSignatoryWithASecondFactorSignsWithTheCodeOfTheirAppToo() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        fixtures.update("update Account a set a.totpSecret = ?1, a.totpLastStep = -1 where a.email = ?2",
                SecondFactorCodes.KEY, world.memberOfA);
        int shown = document(world.memberOfA).mou().getContentVersion();
        InvalidInputException noCode = assertThrows(InvalidInputException.class, () -> signAs(world.memberOfA));
        assertEquals(Map.of("code", "Enter the code your authenticator app shows now. Nothing was signed."),
                noCode.messagesByField());
        InvalidInputException wrongCode = assertThrows(InvalidInputException.class, () -> as.inWorkspace(
                world.memberOfA, world.partnershipA, () -> signing.sign(Fixtures.PASSWORD, "000000", shown)));
        assertTrue(wrongCode.messagesByField().get("code").startsWith("That code is not right."));
        assertTrue(document(world.observerOfA).validSignatures().isEmpty(), "nothing was signed");

        as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> signing.sign(Fixtures.PASSWORD, SecondFactorCodes.next(world.memberOfA), shown));
        assertEquals(1, document(world.observerOfA).validSignatures().size());
    }

    @Test
    void signingNeedsThePasswordAndOneSignaturePerOrganisation() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        InvalidInputException wrong = assertThrows(InvalidInputException.class,
                () -> signAs(world.memberOfA, "not my password"));
        assertEquals(Map.of("password", "Your password is not right. Nothing was signed."), wrong.messagesByField());
        assertTrue(document(world.observerOfA).validSignatures().isEmpty());

        signAs(world.memberOfA);
        assertThrows(InvalidInputException.class,
                () -> signAs(world.memberOfA));
        assertThrows(AccessDeniedException.class,
                () -> signAs(world.chairOfA));
    }

    @Test
    void anEarlierTextIsRestoredAsANewRevisionAndTheWholeMemorandumCanBeReadAsOfAnyRevision() {
        save(world.chairOfA, MouHeading.MEETINGS, "<p>Monthly.</p>");
        save(world.memberOfA, MouHeading.MEETINGS, "<p>Quarterly.</p>");
        List<SectionRevision> revisions = as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> mou.revisionsOf(MouHeading.MEETINGS, 0, 10)).items();
        assertEquals(List.of("<p>Quarterly.</p>", "<p>Monthly.</p>", ""),
                revisions.stream().map(SectionRevision::content).toList(), "newest first");
        assertEquals(List.of(3, 2, 1), revisions.stream().map(SectionRevision::version).toList());
        assertEquals("Person " + world.memberOfA, revisions.get(0).author());
        assertEquals(List.of("<p>Monthly.</p>"), as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> mou.revisionsOf(MouHeading.MEETINGS, 1, 1)).items().stream().map(SectionRevision::content).toList(),
                "a page at a time");

        int monthly = revisions.get(1).revision();
        assertEquals("<p>Monthly.</p>", as.inWorkspace(world.observerOfA, world.partnershipA, () -> mou.asOf(monthly))
                .stream().filter(s -> s.getHeading() == MouHeading.MEETINGS).findFirst().orElseThrow().getContent());

        long current = section(document(world.chairOfA), MouHeading.MEETINGS).getVersion();
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> mou.restore(MouHeading.MEETINGS, monthly, current, Set.of()));
        assertEquals("<p>Monthly.</p>", section(document(world.observerOfA), MouHeading.MEETINGS).getContent());
        assertEquals(4, as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> mou.revisionsOf(MouHeading.MEETINGS, 0, 10)).total(), "the restore is a new revision");
        assertEquals(3L, CurrentWorkspace.callIn(world.partnershipA, () -> fixtures.countInSql(
                "select count(*) from mou_section_aud where revend is not null and partnership_id = " + world.partnershipA)),
                "each of the three replaced versions names the revision that replaced it");
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.observerOfA, world.partnershipA,
                () -> mou.restore(MouHeading.MEETINGS, monthly, current + 1, Set.of())));
    }

    @Test
    void anotherWorkspacesSignatureCannotBeReadById() {
        fillEveryHeading();
        as.inWorkspace(world.chairOfA, world.partnershipA, mou::putForAgreement);
        MouSignature signature = signAs(world.memberOfA);
        assertEquals(MouHeading.values().length, as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> mou.asSigned(signature.getId())).size());
        assertThrows(org.consortia.access.RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB,
                world.partnershipB, () -> mou.asSigned(signature.getId())));
    }

    @Test
    void anotherWorkspacesMemorandumIsOutOfReach() {
        save(world.chairOfA, MouHeading.MEETINGS, "<p>A's meetings.</p>");
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipB, mou::current));
        MouDocument b = as.inWorkspace(world.chairOfB, world.partnershipB, mou::current);
        assertTrue(section(b, MouHeading.MEETINGS).isEmpty());
        long sectionOfA = section(document(world.chairOfA), MouHeading.MEETINGS).getId();
        assertThrows(org.consortia.access.RecordNotFoundException.class, () -> as.inWorkspace(world.chairOfB,
                world.partnershipB, () -> history.historyOf(HistoricRecord.MOU_SECTION, sectionOfA)));
        assertEquals(2, as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> history.historyOf(HistoricRecord.MOU_SECTION, sectionOfA)).size());
        List<MouSection> sectionsOfBNow = as.inWorkspace(world.chairOfB, world.partnershipB, () -> history.asOf(
                HistoricRecord.MOU_SECTION, Integer.MAX_VALUE / 2));
        assertTrue(sectionsOfBNow.stream().allMatch(section -> section.getPartnershipId() == world.partnershipB),
                "an as-of read never returns another workspace's rows");
    }
}
