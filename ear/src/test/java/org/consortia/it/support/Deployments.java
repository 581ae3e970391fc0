package org.consortia.it.support;

import java.io.File;
import java.util.Map;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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

    /** The packaged application exactly as it runs, for tests that use it over HTTP. */
    public static EnterpriseArchive portal() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
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
                        AllAtOnce.class)
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
