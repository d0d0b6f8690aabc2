package se.samverkan.registry;

import java.time.Instant;
import java.util.UUID;
import se.samverkan.registry.model.Base;

/** A base as the API shows it. */
public record BaseView(UUID id, String code, String name, String kind, String region, String organisation,
                       String address, Position position, boolean sensitive, Instant retiredAt, long version) {

    public static BaseView of(Base b) {
        return new BaseView(b.id(), b.code(), b.name(), b.kind().name(), b.regionCode(), b.organisation().code(),
                b.address().orElse(null), Position.of(b.position()), b.sensitive(), b.retiredAt().orElse(null), b.version());
    }
}
