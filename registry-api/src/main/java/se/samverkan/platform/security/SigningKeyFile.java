package se.samverkan.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Where MicroProfile JWT reads the realm's public keys from: a private file of this process that
 * {@link SigningKeyMirror} keeps filled with the last good copy of Keycloak's JWKS.
 *
 * <p>Why not point {@code mp.jwt.verify.publickey.location} at Keycloak directly: Payara's key cache
 * reloads after its time-to-live, and if Keycloak does not answer then, every token is refused, even
 * those Keycloak issued minutes before. Through this file the keys outlive a Keycloak outage, and key
 * rotation still arrives within a refresh interval. An operator who prefers the direct way sets
 * {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}, which outranks this source (ordinal 150 &lt; environment 300).
 *
 * <p>Registered as a MicroProfile Config source (META-INF/services) because Payara reads the location when
 * it creates its identity store, before any bean of ours could be asked.
 */
public final class SigningKeyFile implements ConfigSource {

    static final String LOCATION_PROPERTY = "mp.jwt.verify.publickey.location";

    /** One file per process, in a folder only this user can read (not shared by two instances on a host). */
    private static final class Holder {
        static final Path FILE = create();

        private static Path create() {
            try {
                Path dir = Files.createTempDirectory("samverkan-jwks-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                dir.toFile().deleteOnExit();
                return dir.resolve("jwks.json");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a folder for the signing keys", e);
            }
        }
    }

    static Path path() {
        return Holder.FILE;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(LOCATION_PROPERTY, getValue(LOCATION_PROPERTY));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(LOCATION_PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return LOCATION_PROPERTY.equals(propertyName) ? path().toUri().toString() : null;
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "samverkan-signing-key-file";
    }
}
