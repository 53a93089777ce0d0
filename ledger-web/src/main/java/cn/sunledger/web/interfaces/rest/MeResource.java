package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.web.interfaces.rest.dto.MeDto;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentCaller caller;

    @GET
    public MeDto me() {
        Caller c = caller.get();
        return new MeDto(c.username(), c.displayName(), c.role().name(), c.homeRegion().value(),
                Arrays.stream(Action.values()).filter(a -> AccessPolicy.roleMay(c.role(), a)).map(Enum::name).toList());
    }
}
