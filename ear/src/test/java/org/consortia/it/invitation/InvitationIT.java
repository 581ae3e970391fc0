package org.consortia.it.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.Inbox;
import org.consortia.it.support.PortalClient;
import org.consortia.it.support.PortalClient.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations from outside, with their e-mails through a real SMTP server: a chair invites a new
 * person, who sets their own password and is appointed; someone with an account signs in as it to
 * accept, and nobody else can; links work once, end when sent again or withdrawn, and expire;
 * administrators invite to the portal instead of typing passwords.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationIT {

    private static final String PASSWORD = "an invitee's own password";

    private Inbox inbox;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @BeforeEach
    void startMailServer() {
        inbox = Inbox.start();
    }

    @AfterEach
    void stopMailServer() {
        inbox.close();
    }

    private static Page invite(PortalClient manager, HttpScenario scenario, String email, String name, String role) {
        Page members = manager.get(scenario.inA("members"));
        String partner = members.document().select("#invite\\:membership option").stream()
                .filter(option -> option.text().equals("Partner " + scenario.tag)).findFirst().orElseThrow().attr("value");
        Map<String, String> fields = new HashMap<>();
        fields.put("invite:email", email);
        fields.put("invite:name", name);
        fields.put("invite:membership", partner);
        fields.put("invite:role", role);
        return manager.submit(members, "invite", fields, "invite:send");
    }

    private String linkFor(String email, int messages) {
        return Inbox.linkTo(inbox.awaitMessage(email, messages), "/invitation?token=");
    }

    private static Page accept(PortalClient invitee, String link, String name) {
        Page page = invitee.get(link);
        return invitee.submit(page, "accept", Map.of("accept:name", name, "accept:password", PASSWORD,
                "accept:confirmation", PASSWORD), "accept:create");
    }

    @Test
    void aChairInvitesSomeoneNewWhoSetsTheirOwnPasswordAndIsAppointed() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String email = "newcomer-" + scenario.tag + "@example.org";
        Page sent = invite(chair, scenario, email, "Nia Newcomer", "MEMBER_REPRESENTATIVE");
        assertTrue(sent.body().contains("An invitation has been sent to " + email), sent.body());
        assertTrue(sent.document().select("#invitations").text().contains(email), "listed as waiting for an answer");
        String mail = inbox.awaitMessage(email, 1);
        assertTrue(mail.contains("invites you to represent Partner " + scenario.tag + " as Member representative"), mail);
        String link = Inbox.linkTo(mail, "/invitation?token=");

        PortalClient invitee = new PortalClient();
        Page page = invitee.get(link);
        assertTrue(page.document().getElementById("offer").text().contains("Partner " + scenario.tag), page.body());
        Page tooShort = invitee.submit(page, "accept", Map.of("accept:password", "short", "accept:confirmation", "short"),
                "accept:create");
        assertTrue(tooShort.body().contains("Use at least 12 characters."), tooShort.body());
        Page accepted = accept(invitee, link, "Nia Newcomer");
        assertEquals(302, accepted.status(), accepted.body());

        PortalClient newcomer = new PortalClient().signedInAs(email, PASSWORD);
        assertEquals(200, newcomer.get(scenario.inA("")).status(), "appointed on accepting");
        assertTrue(newcomer.get(scenario.inA("members")).document().select("#representatives").text()
                .contains("Nia Newcomer"));
        assertNotNull(new PortalClient().get(link).document().getElementById("notWorking"), "the link works once");
        assertFalse(chair.get(scenario.inA("members")).document().select("#invitations").text().contains(email),
                "no longer waiting");
    }

    @Test
    void someoneWithAnAccountSignsInAsItToAcceptAndNobodyElseCan() {
        HttpScenario scenario = HttpScenario.build();
        String email = "existing-" + scenario.tag + "@example.org";
        PortalClient admin = scenario.signedIn(scenario.admin);
        Page form = admin.get("/admin/account");
        String partner = form.document().select("#form\\:organisation option").stream()
                .filter(option -> option.text().equals("Partner " + scenario.tag)).findFirst().orElseThrow().attr("value");
        Page invited = admin.submit(form, "form", Map.of("form:name", "Ezra Existing", "form:email", email,
                "form:organisation", partner), "form:save");
        assertEquals(302, invited.status(), invited.body());
        assertEquals(302, accept(new PortalClient(), linkFor(email, 1), "Ezra Existing").status(),
                "the administrator's invitation makes the account");

        invite(scenario.signedIn(scenario.chairOfA), scenario, email, "Ezra Existing", "OBSERVER");
        String link = linkFor(email, 2);
        assertNotNull(new PortalClient().get(link).document().getElementById("signInFirst"));
        PortalClient someoneElse = scenario.signedIn(scenario.memberOfA);
        Page wrongPerson = someoneElse.get(link);
        assertNotNull(wrongPerson.document().getElementById("someoneElse"), wrongPerson.body());
        assertNull(wrongPerson.document().getElementById("acceptExisting"), "no way to accept for another address");

        PortalClient ezra = new PortalClient().signedInAs(email, PASSWORD);
        assertEquals(404, ezra.get(scenario.inA("")).status(), "not a member before accepting");
        Page accepted = ezra.submit(ezra.get(link), "acceptExisting", Map.of(), "acceptExisting:accept");
        assertEquals(302, accepted.status(), accepted.body());
        assertEquals(200, ezra.get(scenario.inA("")).status());
    }

    @Test
    void sendingAgainEndsTheOldLinkWithdrawingEndsItAndLinksExpire() {
        HttpScenario scenario = HttpScenario.build();
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        String email = "resent-" + scenario.tag + "@example.org";
        invite(chair, scenario, email, "Rae Resent", "MEMBER_REPRESENTATIVE");
        String first = linkFor(email, 1);
        Page duplicate = invite(chair, scenario, email, "Rae Resent", "MEMBER_REPRESENTATIVE");
        assertTrue(duplicate.body().contains("has been invited here already"), duplicate.body());

        Page members = chair.get(scenario.inA("members"));
        Page resent = chair.submit(members, "invitations", Map.of(), members.document()
                .select("#invitations input[value='Send again to " + email + "']").attr("name"));
        assertTrue(resent.body().contains("sent again"), resent.body());
        String second = linkFor(email, 2);
        assertNotNull(new PortalClient().get(first).document().getElementById("notWorking"), "the old link ended");
        assertNotNull(new PortalClient().get(second).document().getElementById("offer"));

        members = chair.get(scenario.inA("members"));
        chair.submit(members, "invitations", Map.of(), members.document()
                .select("#invitations input[value='Withdraw the invitation of " + email + "']").attr("name"));
        assertNotNull(new PortalClient().get(second).document().getElementById("notWorking"), "withdrawn");

        String later = "later-" + scenario.tag + "@example.org";
        invite(chair, scenario, later, "Lee Later", "MEMBER_REPRESENTATIVE");
        String expiring = linkFor(later, 1);
        Inbox.expireLinksOf(later);
        assertNotNull(new PortalClient().get(expiring).document().getElementById("notWorking"), "7 days have passed");
        assertTrue(chair.get(scenario.inA("members")).document().select("#invitations").text().contains("Expired"));
    }

    @Test
    void onlyThoseWhoAppointInviteAndNeverThemselvesOrAChairUnlessAChair() {
        HttpScenario scenario = HttpScenario.build();
        assertTrue(scenario.signedIn(scenario.memberOfA).get(scenario.inA("members")).document()
                .select("form#invite").isEmpty(), "a member representative has no invitation form");
        PortalClient chair = scenario.signedIn(scenario.chairOfA);
        Page self = invite(chair, scenario, scenario.chairOfA, "Me Again", "MEMBER_REPRESENTATIVE");
        assertTrue(self.body().contains("You cannot invite yourself."), self.body());
        Page markup = invite(chair, scenario, "not-an-address", "<script>alert(1)</script>", "MEMBER_REPRESENTATIVE");
        assertTrue(markup.body().contains("Enter an e-mail address like name@example.org."), markup.body());
        assertTrue(markup.body().contains("Remove the markup"), markup.body());
        assertFalse(markup.body().contains("<script>alert(1)</script>"), "what was typed is escaped");
    }
}
