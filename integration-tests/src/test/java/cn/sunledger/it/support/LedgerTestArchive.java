package cn.sunledger.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive for in-container tests: the libraries of the real, built ledger.war (ledger-ejb with its
 * persistence unit and migrations, Flyway, POI …) plus the test classes, deployed beside the running
 * applications into the same server and database. The staff UI (Faces, PrimeFaces) is left out: these
 * tests exercise the services, and without the UI's web.xml the test runner needs no login.
 */
public final class LedgerTestArchive {

    private LedgerTestArchive() {
    }

    public static WebArchive create(String name, Class<?>... testClasses) {
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("ledger.war")));
        WebArchive test = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(testClasses)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                          <deployment><dependencies><module name="org.wildfly.security.elytron"/></dependencies></deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml");
        for (ArchivePath path : built.getContent().keySet()) {
            String p = path.get();
            if (p.startsWith("/WEB-INF/lib/") && p.endsWith(".jar") && !p.contains("primefaces")) {
                Node node = built.get(path);
                test.addAsLibrary(ShrinkWrap.create(org.jboss.shrinkwrap.api.importer.ZipImporter.class,
                        p.substring(p.lastIndexOf('/') + 1)).importFrom(node.getAsset().openStream())
                        .as(JavaArchive.class));
            }
        }
        return test;
    }
}
