package se.samverkan.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API lives under {@code /api}; the web client owns the rest of the path space. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(
        title = "Samverkan API",
        version = "0.1",
        description = "National registry of resources that can move patients, and crisis coordination. "
                + "Geometry is GeoJSON in WGS 84; errors are RFC 9457 problem details."))
public class SamverkanApplication extends Application {
}
