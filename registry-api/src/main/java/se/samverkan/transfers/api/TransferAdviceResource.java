package se.samverkan.transfers.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.platform.problem.Problem;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Roles;
import se.samverkan.transfers.InvalidAdviceRequest;
import se.samverkan.transfers.TransferAdviceService;

/**
 * Lowest effective care level for one secondary transfer. Any signed-in role may ask: the answer holds no
 * record of the registry, only reference data and the region's cost figures.
 */
@Path("transfers/advice")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Transfers", description = "Transfer advice: the cheapest transport mode that meets the patient's need and priority")
public class TransferAdviceResource {

    @Inject
    TransferAdviceService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Advise the transport mode for one transfer",
            description = "Every mode is assessed: medically adequate for the need, allowed at the priority, able to "
                    + "make the journey, arriving by the latest time. The cheapest adequate mode is recommended, the "
                    + "other adequate modes follow by cost, and each mode ruled out says why. When no mode will do, "
                    + "the answer is still 200, without recommended and with noAdequateMode giving the reason.")
    @APIResponse(responseCode = "200", description = "The advice (possibly: no adequate mode, with the reason)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdviceView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong: unknown hospital, from = to, a window "
            + "that ends before it starts, an unknown need or priority; errors[] names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AdviceView advise(AdviceRequest request) {
        if (request == null) {
            throw new ProblemException(new Problem(ProblemTypes.INVALID_INPUT, "Invalid input", 400,
                    "request: a JSON object with from, to, need, priority and earliest is expected", null,
                    List.of(new Problem.FieldError("request", "is missing"))));
        }
        TransferAdviceService.Answer answer;
        try {
            answer = service.advise(request.from(), request.to(), request.need(), request.priority(),
                    request.earliest(), request.latest(), request.region());
        } catch (InvalidAdviceRequest e) {
            throw new ProblemException(new Problem(ProblemTypes.INVALID_INPUT, "Invalid input", 400, e.getMessage(),
                    null, e.errors()));
        }
        return AdviceView.of(answer.advice(), answer.costModel().description());
    }
}
