package se.samverkan.registry;

import java.time.Instant;
import java.util.UUID;
import se.samverkan.registry.model.Organisation;

/** An organisation as the API shows it. */
public record OrganisationView(UUID id, String code, String name, String sector, String region, boolean sensitive,
                               Instant retiredAt, long version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.code(), o.name(), o.sector().name(), o.regionCode().orElse(null),
                o.sensitive(), o.retiredAt().orElse(null), o.version());
    }
}
