package org.consortia.it.notification;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test server names its mail server (the tests' own): the home page's notice that no e-mail is
 * sent is then shown to nobody, administrators included.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailNoticePagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void withAMailServerNobodyIsToldThatNoMailIsSent() {
        HttpScenario scenario = HttpScenario.build();
        Element welcome = scenario.signedIn(scenario.admin).get("/").document().getElementById("attention");
        assertNotNull(welcome, "the administrator's home page");
        assertNull(scenario.signedIn(scenario.admin).get("/").document().getElementById("no-mail"));
        assertNull(scenario.signedIn(scenario.strategy).get("/").document().getElementById("no-mail"));
    }
}
