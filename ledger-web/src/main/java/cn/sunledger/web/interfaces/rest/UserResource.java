package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.SignInThrottleView;
import cn.sunledger.ledger.application.StaffDirectory;
import cn.sunledger.ledger.application.StaffSignIn;
import cn.sunledger.web.interfaces.rest.dto.ListPage;
import cn.sunledger.web.interfaces.rest.dto.UserDto;
import cn.sunledger.web.interfaces.rest.dto.UserRequest;
import cn.sunledger.web.interfaces.rest.problem.Problems;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    StaffDirectory staff;

    @Inject
    StaffSignIn signIn;

    @Inject
    CurrentCaller caller;

    @Inject
    BeanChecks checks;

    @Context
    HttpHeaders headers;

    @GET
    public ListPage<UserDto> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return ListPage.page(staff.list(caller.get()).stream().map(UserDto::of).toList(), page, size);
    }

    @GET
    @Path("{username}")
    public UserDto get(@PathParam("username") String username) {
        return UserDto.of(staff.get(caller.get(), username));
    }

    @POST
    public Response create(UserRequest body) {
        UserRequest request = checks.valid(body, Problems.locale(headers));
        UserDto created = UserDto.of(staff.create(caller.get(), request.toForm(null)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{username}")
    public UserDto update(@PathParam("username") String username, UserRequest body) {
        UserRequest request = checks.valid(body, Problems.locale(headers));
        return UserDto.of(staff.update(caller.get(), username, request.toForm(username)));
    }

    /** The failed sign-ins held against the user, per client address, and until when each must wait. */
    @GET
    @Path("{username}/sign-in-throttle")
    public SignInThrottleView throttle(@PathParam("username") String username) {
        return signIn.throttle(caller.get(), username);
    }

    /** Lets the user sign in again at once, from every address that failed for the account. */
    @DELETE
    @Path("{username}/sign-in-throttle")
    public Response clearThrottle(@PathParam("username") String username) {
        signIn.clearThrottle(caller.get(), username);
        return Response.noContent().build();
    }
}
