package se.samverkan.ogcapi.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A web link as OGC API documents carry them (RFC 8288 relation types). */
@JsonbPropertyOrder({"href", "rel", "type", "title"})
public record Link(String href, String rel, String type, String title) {
}
