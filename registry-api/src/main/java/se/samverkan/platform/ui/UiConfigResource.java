package se.samverkan.platform.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The web client's settings: where it signs in (the realm's issuer address and its public client) and,
 * optionally, a tile server. Public, because the client needs it before anyone has signed in; it holds
 * no data. The map works without any tile server (outlines and points only); an operator who has one
 * sets {@code samverkan.ui.tile-url} (or {@code SAMVERKAN_UI_TILE_URL}).
 */
@Path("ui/config")
@RequestScoped
@PermitAll
@Tag(name = "User interface")
public class UiConfigResource {

    @Inject
    @ConfigProperty(name = "samverkan.ui.tile-url")
    Optional<String> tileUrl;

    @Inject
    @ConfigProperty(name = "samverkan.ui.tile-attribution")
    Optional<String> tileAttribution;

    /** The issuer the application accepts tokens from, which is also where the client signs in. */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "samverkan.ui.client-id", defaultValue = "samverkan-ui")
    String clientId;

    /** Public: holds no data, only how to draw the map. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settings for the web client")
    public UiConfig config() {
        return new UiConfig(tileUrl.filter(s -> !s.isBlank()).orElse(null),
                tileAttribution.filter(s -> !s.isBlank()).orElse(null), new SignIn(issuer, clientId));
    }

    public record UiConfig(String tileUrl, String tileAttribution, SignIn signIn) {
    }

    /** OpenID Connect: the issuer (its /.well-known/openid-configuration describes it) and the client id. */
    public record SignIn(String issuer, String clientId) {
    }
}
