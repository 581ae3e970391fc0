package org.consortia.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.consortia.identity.Totp;
import org.consortia.it.support.Browser;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.consortia.it.support.Inbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In Chromium, the whole way in for a partner's new member of staff: the chair invites them, they
 * follow the e-mail's link and set their password, set up a second factor with an authenticator app,
 * and sign in again with a code from it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationBrowserIT {

    private static final String PASSWORD = "my very own passphrase";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void invitationThenPasswordThenSecondFactorThenSignInWithACode() {
        HttpScenario scenario = HttpScenario.build();
        String email = "invited-" + scenario.tag + "@example.org";
        try (Inbox inbox = Inbox.start()) {
            try (Browser chair = new Browser()) {
                chair.signIn(scenario.chairOfA, HttpScenario.PASSWORD);
                chair.open(scenario.inA("members"));
                chair.type(By.id("invite:email"), email);
                chair.type(By.id("invite:name"), "Ida Invited");
                chair.choose(By.id("invite:membership"), "Partner " + scenario.tag);
                chair.submit(By.id("invite:send"));
                chair.waitForText(By.id("main"), "An invitation has been sent to " + email);
            }
            String link = Inbox.linkTo(inbox.awaitMessage(email, 1), "/invitation?token=");

            String secret;
            try (Browser invitee = new Browser()) {
                invitee.open(link);
                assertTrue(invitee.text(By.id("offer")).contains("Partner " + scenario.tag));
                invitee.type(By.id("accept:password"), PASSWORD);
                invitee.type(By.id("accept:confirmation"), PASSWORD);
                invitee.submit(By.id("accept:create"));
                invitee.waitForText(By.id("main"), "Your account is ready.");

                invitee.signIn(email, PASSWORD);
                invitee.open("/account/second-factor");
                invitee.submit(By.id("setup:start"));
                secret = invitee.text(By.id("secret")).replace(" ", "");
                invitee.type(By.id("setup:appCode"), Totp.AUTHENTICATOR_APPS.code(secret, Instant.now()));
                invitee.type(By.id("setup:password"), PASSWORD);
                invitee.submit(By.id("setup:turnOn"));
                invitee.waitForText(By.id("main"), "Your second factor is on");
                assertEquals(10, invitee.driver().findElements(By.cssSelector("#newCodes li")).size());
            }

            try (Browser again = new Browser()) {
                again.open("/login");
                again.type(By.id("login:email"), email);
                again.type(By.id("login:password"), PASSWORD);
                again.submit(By.id("login:signIn"));
                assertTrue(again.driver().getCurrentUrl().endsWith("/sign-in-code"), again.driver().getCurrentUrl());
                // The code of the next half-minute: this one's turned the app on.
                again.type(By.id("code:code"), Totp.AUTHENTICATOR_APPS.code(secret, Instant.now().plusSeconds(30)));
                again.submit(By.id("code:confirm"));
                again.waitForText(By.tagName("header"), "Ida Invited");
                again.open(scenario.inA("members"));
                again.waitForText(By.id("representatives"), "Ida Invited");
            }
        }
    }
}
