package cn.sunledger.web.interfaces.rest;

import cn.sunledger.ledger.application.project.CategoryView;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The two-level project category table (code, name, parentCode). */
@Path("/project-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectCategoryResource {

    @Inject
    ProjectLibrary library;

    @Inject
    CurrentCaller caller;

    @GET
    public List<CategoryView> list() {
        caller.get();
        return library.categories();
    }
}
