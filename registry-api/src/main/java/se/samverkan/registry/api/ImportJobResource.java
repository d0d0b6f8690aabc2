package se.samverkan.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Roles;
import se.samverkan.registry.exchange.ImportJobs;

/** Progress and outcome of imports: poll it while an import runs. */
@Path("imports")
@RequestScoped
@RolesAllowed({Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.DEFENCE_LIAISON})
@Tag(name = "Units")
public class ImportJobResource {

    @Inject
    ImportJobs jobs;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import: state, rows checked and applied, and the per-row problems if it failed")
    public ImportJobs.Job get(@PathParam("id") UUID id) {
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound(ProblemTypes.NOT_FOUND, "Unknown import",
                "There is no import with id " + id + "."));
    }
}
