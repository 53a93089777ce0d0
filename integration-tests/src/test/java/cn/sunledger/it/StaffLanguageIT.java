package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.Http;
import cn.sunledger.it.support.TestServer;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff pages are Chinese unless the browser asks for English — also when it states no language at all. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffLanguageIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return TestServer.probe("staff-language-probe");
    }

    @Test
    void aRequestWithoutAcceptLanguageGetsChineseAndEnglishOnlyWhenAsked() {
        HttpResponse<String> unstated = Http.anonymous().get("/ledger/login.xhtml");
        assertEquals(200, unstated.statusCode());
        assertTrue(unstated.body().contains("<title>登录 · 阳光台账</title>"), unstated.body());
        assertTrue(Http.anonymous().inLanguage("zh-CN,zh;q=0.9").get("/ledger/login.xhtml").body()
                .contains("<title>登录 · 阳光台账</title>"));
        assertTrue(Http.anonymous().inLanguage("en-US,en;q=0.9").get("/ledger/login.xhtml").body()
                .contains("<title>Sign in · Sunshine Ledger</title>"));
    }
}
