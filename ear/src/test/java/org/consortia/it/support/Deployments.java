package org.consortia.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests, all built from the application the build just
 * packaged, so the tests exercise the real persistence unit, migrations and services.
 */
public final class Deployments {

    private Deployments() {
    }

    /** Where {@link #portalWithScenarios()} answers, beside the portal. */
    public static final String SCENARIOS = "/test-scenarios";

    /** The packaged application exactly as it runs, for tests that use it over HTTP. */
    public static EnterpriseArchive portal() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    /**
     * The packaged application with one more web module, which builds a {@link Scenario} for each test
     * that asks (see {@link HttpScenario}), so that tests over HTTP and in a browser work in partnerships
     * of their own rather than in the demo data.
     */
    public static EnterpriseArchive portalWithScenarios() {
        EnterpriseArchive ear = portal();
        WebArchive scenarios = ShrinkWrap.create(WebArchive.class, "consortia-test-scenarios.war")
                .addClasses(ScenarioServlet.class, MailServlet.class, Scenario.class, Fixtures.class, SecondFactorCodes.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        String application = read(ear.get("META-INF/application.xml").getAsset());
        String module = "<module><web><web-uri>" + scenarios.getName() + "</web-uri><context-root>" + SCENARIOS
                + "</context-root></web></module>";
        return ear.addAsModule(scenarios)
                .setApplicationXML(new StringAsset(application.replace("<library-directory>",
                        module + "<library-directory>")));
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The application's services with the test classes beside them, for tests that call services
     * in the server as a chosen user. The web module is left out: these tests are its callers.
     */
    public static WebArchive services(Class<?> testClass) {
        EnterpriseArchive ear = portal();
        WebArchive war = ShrinkWrap.create(WebArchive.class, "services-" + testClass.getSimpleName() + ".war");
        for (Map.Entry<ArchivePath, Node> entry : ear.getContent().entrySet()) {
            String path = entry.getKey().get();
            boolean library = path.startsWith("/lib/") && path.endsWith(".jar");
            if (library || path.equals("/consortia-ejb.jar")) {
                war.addAsLibrary(ShrinkWrap.create(ZipImporter.class, path.substring(path.lastIndexOf('/') + 1))
                        .importFrom(entry.getValue().getAsset().openStream())
                        .as(JavaArchive.class));
            }
        }
        return war.addClasses(testClass, Fixtures.class, Scenario.class, RunAs.class, SecurityActivation.class,
                        AllAtOnce.class, PdfText.class, ApprovalChain.class, SecondFactorCodes.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron, org.hibernate.envers, org.postgresql\n"));
    }

    private static File earFile() {
        String location = System.getProperty("consortia.ear", "target/consortia.ear");
        File file = new File(location);
        if (!file.isFile()) {
            throw new IllegalStateException("Build the application first: " + file.getAbsolutePath() + " is missing");
        }
        return file;
    }
}
