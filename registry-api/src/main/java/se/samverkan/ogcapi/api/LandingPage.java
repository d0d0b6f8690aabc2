package se.samverkan.ogcapi.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The landing page: what the service is and where its parts are. */
@JsonbPropertyOrder({"title", "description", "links"})
public record LandingPage(String title, String description, List<Link> links) {
}
