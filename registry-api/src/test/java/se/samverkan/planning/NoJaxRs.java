package se.samverkan.planning;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.concurrent.CompletionStage;

/**
 * Just enough of a JAX-RS runtime for plain unit tests that create problem details ({@code Problem} parses its
 * media type when its class is loaded, which needs a {@link RuntimeDelegate}; the server brings the real one).
 */
final class NoJaxRs extends RuntimeDelegate {

    static void install() {
        try {
            RuntimeDelegate.getInstance();
        } catch (RuntimeException | LinkageError e) {
            RuntimeDelegate.setInstance(new NoJaxRs());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
        if (type != MediaType.class) {
            throw new UnsupportedOperationException(type.getName());
        }
        return (HeaderDelegate<T>) new HeaderDelegate<MediaType>() {
            @Override
            public MediaType fromString(String value) {
                String[] parts = value.split("/", 2);
                return new MediaType(parts[0], parts[1]);
            }

            @Override
            public String toString(MediaType value) {
                return value.getType() + "/" + value.getSubtype();
            }
        };
    }

    @Override
    public UriBuilder createUriBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Response.ResponseBuilder createResponseBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Variant.VariantListBuilder createVariantListBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T createEndpoint(Application application, Class<T> endpointType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Link.Builder createLinkBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public SeBootstrap.Configuration.Builder createConfigurationBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<SeBootstrap.Instance> bootstrap(Application application, SeBootstrap.Configuration configuration) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<SeBootstrap.Instance> bootstrap(Class<? extends Application> clazz, SeBootstrap.Configuration configuration) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EntityPart.Builder createEntityPartBuilder(String partName) {
        throw new UnsupportedOperationException();
    }
}
