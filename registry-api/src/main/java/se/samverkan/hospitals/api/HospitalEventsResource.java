package se.samverkan.hospitals.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.platform.security.Roles;

/**
 * Live capacity: every new report of any hospital as a server-sent event named {@code capacity} whose data is
 * the hospital with its new capacity (JSON) and whose id is the report id.
 */
@Path("hospitals/events")
@RequestScoped
@RolesAllowed({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@Tag(name = "Hospitals")
public class HospitalEventsResource {

    @Inject
    CapacityStream stream;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Subscribe to capacity changes (text/event-stream, event name capacity)")
    public void subscribe(@Context SseEventSink sink, @Context Sse sse) {
        stream.subscribe(sink, sse);
    }
}
