package se.samverkan.hospitals.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import se.samverkan.hospitals.CapacityChanged;
import se.samverkan.hospitals.HospitalDirectory;
import se.samverkan.hospitals.HospitalStatus;

/**
 * The subscribers of this instance and the broadcast to them. Only the open connections live here — they
 * cannot live anywhere else; what is sent always comes from the database.
 */
@ApplicationScoped
public class CapacityStream {

    @Inject
    HospitalDirectory directory;

    private volatile Sse sse;
    private volatile SseBroadcaster broadcaster;

    void subscribe(SseEventSink sink, Sse sse) {
        broadcaster(sse).register(sink);
        // A first comment line so clients (and proxies) see the stream is open before any change happens.
        sink.send(sse.newEventBuilder().comment("subscribed to capacity changes").build());
    }

    private synchronized SseBroadcaster broadcaster(Sse sse) {
        if (broadcaster == null) {
            this.sse = sse;
            broadcaster = sse.newBroadcaster();
        }
        return broadcaster;
    }

    void onChange(@Observes CapacityChanged change) {
        SseBroadcaster current = broadcaster;
        if (current == null) {
            return; // nobody has subscribed to this instance yet
        }
        HospitalStatus status = directory.find(new se.samverkan.hospitals.model.HospitalCode(change.hospitalCode()));
        OutboundSseEvent event = sse.newEventBuilder()
                .name("capacity")
                .id(Long.toString(change.reportId()))
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(HospitalView.class, HospitalView.of(status))
                .build();
        current.broadcast(event);
    }
}
