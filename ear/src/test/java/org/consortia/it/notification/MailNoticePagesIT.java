package org.consortia.it.notification;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.consortia.it.support.Deployments;
import org.consortia.it.support.HttpScenario;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test server names no mail server: its home page says so to administrators, and to nobody else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailNoticePagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portalWithScenarios();
    }

    @Test
    void administratorsAreToldThatNoMailIsSent() {
        HttpScenario scenario = HttpScenario.build();
        Element notice = scenario.signedIn(scenario.admin).get("/").document().getElementById("no-mail");
        assertNotNull(notice);
        assertTrue(notice.text().contains("CONSORTIA_SMTP_HOST"), notice.text());
        assertNull(scenario.signedIn(scenario.strategy).get("/").document().getElementById("no-mail"));
    }
}
