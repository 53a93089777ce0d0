package cn.sunledger.web.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The staff REST API at /ledger/api (HTTP Basic over the staff user store). */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "阳光台账 Sunshine Ledger — staff API", version = "1.0",
        description = "Projects, funds, assets and notices of 衔接资金; see api.md for the contract."))
public class LedgerApi extends Application {
}
