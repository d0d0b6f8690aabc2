package se.samverkan.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import se.samverkan.platform.security.Roles;

/**
 * The REST API lives under {@code /api}; the web client owns the rest of the path space. Callers prove
 * who they are with a bearer token from the realm's Keycloak, checked by MicroProfile JWT (issuer,
 * audience, signature, expiry: see META-INF/microprofile-config.properties).
 *
 * <p>A CDI bean on purpose: with bean discovery "annotated", Payara's MicroProfile JWT extension finds
 * {@code @LoginConfig} only on a bean, and without it no {@code JsonWebToken} can be injected.
 */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT", realmName = "samverkan")
@DeclareRoles({Roles.VIEWER, Roles.REGION_EDITOR, Roles.NATIONAL_COORDINATOR, Roles.EXERCISE_PLANNER,
    Roles.DEFENCE_LIAISON, Roles.HOSPITAL_REPORTER})
@OpenAPIDefinition(info = @Info(
        title = "Samverkan API",
        version = "0.1",
        description = "National registry of resources that can move patients, and crisis coordination. "
                + "Geometry is GeoJSON in WGS 84; errors are RFC 9457 problem details. "
                + "Send a bearer token from the samverkan realm (see the README)."))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class SamverkanApplication extends Application {
}
