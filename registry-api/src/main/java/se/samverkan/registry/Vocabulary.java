package se.samverkan.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The capability vocabulary (resource kinds with their tiers, capability tags) and the region codes. They
 * change only by migration, so they are read once per application instance (every instance reads the same
 * tables) and then checked in memory — also on the importer's background thread, which has no persistence
 * context of its own.
 */
@ApplicationScoped
public class Vocabulary {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    private volatile Snapshot snapshot;

    public record Kind(String code, String nameSv, String nameEn, String transportMode, boolean carriesPatients,
                       boolean military, Map<Integer, String> tiers) {
    }

    public record Tag(String code, String nameSv, String nameEn) {
    }

    /** Kinds, tags and the county codes of the regions: everything a row is checked against in memory. */
    public record Snapshot(Map<String, Kind> kinds, Map<String, Tag> tags, Set<String> regions) {
    }

    public Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    public boolean isKind(String code) {
        return snapshot().kinds().containsKey(code);
    }

    public boolean isTag(String code) {
        return snapshot().tags().containsKey(code);
    }

    public boolean isRegion(String code) {
        return snapshot().regions().contains(code);
    }

    public Set<String> kindCodes() {
        return new TreeSet<>(snapshot().kinds().keySet());
    }

    public Set<String> tagCodes() {
        return new TreeSet<>(snapshot().tags().keySet());
    }

    @SuppressWarnings("unchecked")
    private Snapshot load() {
        Map<String, Map<Integer, String>> tiers = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "SELECT kind, tier, description FROM resource_kind_tier ORDER BY kind, tier").getResultList()) {
            tiers.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put(((Number) r[1]).intValue(), (String) r[2]);
        }
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "SELECT code, name_sv, name_en, transport_mode, carries_patients, military FROM resource_kind ORDER BY code")
                .getResultList()) {
            String code = (String) r[0];
            kinds.put(code, new Kind(code, (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4], (Boolean) r[5],
                    Map.copyOf(tiers.getOrDefault(code, Map.of()))));
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "SELECT code, name_sv, name_en FROM capability_tag ORDER BY code").getResultList()) {
            tags.put((String) r[0], new Tag((String) r[0], (String) r[1], (String) r[2]));
        }
        Set<String> regions = new TreeSet<>();
        for (Object code : em.createNativeQuery("SELECT code FROM region").getResultList()) {
            regions.add(code.toString().strip());
        }
        return new Snapshot(Map.copyOf(kinds), Map.copyOf(tags), Set.copyOf(regions));
    }
}
