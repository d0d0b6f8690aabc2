package se.samverkan.ogcapi.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** {@code /collections}: every collection, and the CRSs the service offers (Part 2). */
@JsonbPropertyOrder({"links", "collections", "crs"})
public record CollectionsView(List<Link> links, List<CollectionView> collections, List<String> crs) {
}
