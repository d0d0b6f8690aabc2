package se.samverkan.ogcapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Every {@link FeatureSource} bean of the application, ordered by collection id: the API's collections. */
@ApplicationScoped
public class FeatureCollections {

    @Inject
    @Any
    Instance<FeatureSource> sources;

    public List<FeatureSource> all() {
        return StreamSupport.stream(sources.spliterator(), false)
                .sorted(Comparator.comparing(s -> s.metadata().id()))
                .toList();
    }

    public Optional<FeatureSource> find(String id) {
        return all().stream().filter(s -> s.metadata().id().equals(id)).findFirst();
    }
}
