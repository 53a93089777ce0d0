package cn.sunledger.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Where the test server listens (integration-tests/pom.xml: port offset 100 unless overridden), and the small archive that client
 * test classes deploy so that Arquillian boots the server for them. The applications under test are the
 * real ledger.war and portal.war, already deployed in the provisioned server.
 */
public final class TestServer {

    public static final String BASE = "http://127.0.0.1:" + System.getProperty("it.http.port", "8180");
    public static final String MANAGEMENT = "http://127.0.0.1:" + System.getProperty("it.management.port", "10090");

    private TestServer() {
    }

    public static WebArchive probe(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war").addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }
}
