package se.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SigningKeyMirrorTest {

    @Test
    void aKeySetWithASigningKeyIsUsable() {
        assertThat(SigningKeyMirror.hasSigningKey("""
                {"keys":[{"kid":"e","kty":"RSA","use":"enc","n":"x","e":"AQAB"},
                         {"kid":"s","kty":"RSA","use":"sig","n":"y","e":"AQAB"}]}""")).isTrue();
    }

    @Test
    void anErrorPageOrAnEncryptionKeyAloneIsNotKeptAsTheKeys() {
        assertThat(SigningKeyMirror.hasSigningKey("<html>Bad Gateway</html>")).isFalse();
        assertThat(SigningKeyMirror.hasSigningKey("{\"error\":\"realm not found\"}")).isFalse();
        assertThat(SigningKeyMirror.hasSigningKey("{\"keys\":[{\"kid\":\"e\",\"kty\":\"RSA\",\"use\":\"enc\"}]}")).isFalse();
        assertThat(SigningKeyMirror.hasSigningKey("{\"keys\":[]}")).isFalse();
    }

    @Test
    void theKeyFileIsPrivateToThisProcessAndNamedAsAFileUrl() {
        SigningKeyFile source = new SigningKeyFile();

        String location = source.getValue("mp.jwt.verify.publickey.location");
        assertThat(location).startsWith("file:/").endsWith("/jwks.json");
        assertThat(source.getValue("mp.jwt.verify.issuer")).isNull();
        assertThat(source.getOrdinal()).isLessThan(300); // the environment can override it
    }
}
