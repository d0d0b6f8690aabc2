package se.samverkan.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.samverkan.registry.model.Region;
import se.samverkan.registry.model.RegionCode;

/** Reads the 21 regions. They change only by migration, so there is nothing here that writes. */
@ApplicationScoped
public class RegionCatalog {

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    public List<Region> all() {
        return em.createQuery("SELECT r FROM Region r ORDER BY r.code", Region.class).getResultList();
    }

    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(em.find(Region.class, code.value()));
    }
}
