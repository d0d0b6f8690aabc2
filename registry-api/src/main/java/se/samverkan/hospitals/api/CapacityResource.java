package se.samverkan.hospitals.api;

import se.samverkan.platform.http.QueryRange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.hospitals.CapacityPolicy;
import se.samverkan.hospitals.CapacityReporting;
import se.samverkan.hospitals.HospitalDirectory;
import se.samverkan.hospitals.HospitalProblems;
import se.samverkan.hospitals.model.CapacityReport;
import se.samverkan.hospitals.model.HospitalCode;
import se.samverkan.hospitals.model.ReportSource;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.problem.ProblemTypes;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;

/**
 * One hospital's capacity: report it (all categories in one call), read the current report, and its history.
 * Reporting is for the national cell, a region editor of the hospital's region, or the hospital's own
 * reporter; anyone signed in may read.
 */
@Path("hospitals/{code}/capacity")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Hospitals")
public class CapacityResource {

    @Inject
    CapacityReporting reporting;

    @Inject
    HospitalDirectory directory;

    @Inject
    CapacityPolicy policy;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @PathParam("code")
    @Pattern(regexp = HospitalCode.PATTERN, message = HospitalCode.FORM_DESCRIPTION)
    String code;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report the hospital's capacity, every care category in one call (kept as history)")
    public Response report(@NotNull(message = "a JSON body is required") JsonObject body) {
        HospitalCode hospital = new HospitalCode(code);
        reporting.checkMayReport(hospital, caller);
        CapacityReport report = reporting.report(hospital, CapacityRequest.parse(body), caller, ReportSource.API);
        return Response.created(uri.getAbsolutePathBuilder().path("history").build())
                .entity(CapacityView.of(report, report.isStale(policy.now(), policy.staleAfter())))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The same as PUT, for clients that can only POST (EDXL gateways, forms). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report the hospital's capacity (same as PUT)")
    public Response reportByPost(@NotNull(message = "a JSON body is required") JsonObject body) {
        return report(body);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The current capacity report, flagged stale when older than the configured age")
    public Response current() {
        var status = directory.find(new HospitalCode(code));
        CapacityReport report = status.capacity().orElseThrow(() -> ProblemException.notFound(ProblemTypes.NOT_FOUND,
                "No capacity reported", "Hospital " + code + " has never reported its capacity."));
        return HospitalResource.live(Response.ok(CapacityView.of(report, status.stale()), MediaType.APPLICATION_JSON_TYPE));
    }

    @GET
    @Path("history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The hospital's reports, newest first: the trend (default: the last 7 days, at most 500)")
    public Response history(@QueryParam("since") String since,
                            @QueryParam("limit") @DefaultValue("500") int limit) {
        QueryRange.require("limit", limit, 1, 5000);
        Instant from;
        try {
            from = since == null ? policy.now().minus(Duration.ofDays(7)) : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw HospitalProblems.invalid("since", "must be an ISO-8601 instant such as 2026-11-25T14:00:00Z");
        }
        Instant now = policy.now();
        List<CapacityView> reports = reporting.history(new HospitalCode(code), from, limit).stream()
                .map(r -> CapacityView.of(r, r.isStale(now, policy.staleAfter())))
                .toList();
        return HospitalResource.live(Response.ok(reports, MediaType.APPLICATION_JSON_TYPE));
    }
}
