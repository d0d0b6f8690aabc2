package se.samverkan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the built web client as the servlet container will serve it: index.html after resource filtering, read
 * from the class path together with the Leaflet WebJar. A typo in a path or a Leaflet version that no longer matches
 * the WebJar fails the build here instead of leaving coordinators with a blank page.
 */
class WebResourcesTest {

    private static final Pattern URL_ATTRIBUTE =
            Pattern.compile("\\b(?:src|href)\\s*=\\s*([\"'])(.*?)\\1", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_ELEMENT =
            Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)\\b(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");

    private static final String API_DOCS_PAGE = "api-docs/index.html";

    private final String index = read(UiResources.INDEX_PAGE);

    @Test
    void everyLocalFileTheIndexPageReferencesIsOnTheClassPath() {
        List<String> references = localReferences(index);

        assertThat(references)
                .as("index.html loads the client and Leaflet from the WebJar")
                .contains("app.js", "app.css")
                .anyMatch(path -> path.matches("webjars/leaflet/[^/]+/dist/leaflet\\.js"))
                .anyMatch(path -> path.matches("webjars/leaflet/[^/]+/dist/leaflet\\.css"));
        assertThat(references)
                .as("class-path resources referenced by index.html")
                .allSatisfy(path -> assertThat(resourceExists(path))
                        .as("%s exists as %s", path, UiResources.classPathName(path))
                        .isTrue());
    }

    @Test
    void theApiDocumentationPageFindsSwaggerUiAndTheOpenApiDocument() {
        String page = read(API_DOCS_PAGE);

        assertThat(page).doesNotContain("${").contains("data-openapi=\"../openapi\"");
        List<String> references = localReferences(page).stream()
                .map(path -> URI.create(API_DOCS_PAGE).resolve(path).toString())
                .toList();
        assertThat(references)
                .contains("api-docs/init.js")
                .anyMatch(path -> path.matches("webjars/swagger-ui/[^/]+/swagger-ui-bundle\\.js"))
                .allSatisfy(path -> assertThat(resourceExists(path)).as("%s exists", path).isTrue());
    }

    @Test
    void theIndexPageIsFilteredWithTheLeafletVersion() {
        assertThat(index).doesNotContain("${");
        assertThat(index).contains("webjars/leaflet/");
    }

    @Test
    void referencesAreRelativeSoTheClientWorksUnderAnyContextRoot() {
        assertThat(allReferences(index))
                .isNotEmpty()
                .noneMatch(reference -> reference.startsWith("/"));
    }

    @Test
    void nothingIsLoadedFromTheInternet() {
        for (String file : List.of(UiResources.INDEX_PAGE, "app.js", "auth.js", "app.css", API_DOCS_PAGE, "api-docs/init.js")) {
            assertThat(ABSOLUTE_URL.matcher(read(file)).find())
                    .as("%s names no absolute URL (no CDN: the map must work offline)", file)
                    .isFalse();
        }
    }

    @Test
    void theIndexPageRunsUnderAStrictContentSecurityPolicy() {
        Matcher script = SCRIPT_ELEMENT.matcher(index);
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(script.group(1)).as("script element loads a file").containsPattern("\\bsrc\\s*=");
            assertThat(script.group(2)).as("script element has no inline body").isBlank();
        }
        assertThat(scripts).isGreaterThanOrEqualTo(2);
        assertThat(index)
                .as("no inline event handlers, style attributes or style elements")
                .doesNotContainPattern("(?i)<[^>]*\\son[a-z]+\\s*=")
                .doesNotContainPattern("(?i)<[^>]*\\sstyle\\s*=")
                .doesNotContainPattern("(?i)<style\\b")
                .doesNotContainPattern("(?i)javascript:");
    }

    @Test
    void theIndexPageHasTheAccessibleBasics() {
        assertThat(index)
                .contains("<html lang=\"sv\">")
                .containsPattern("<title>[^<]+</title>")
                .containsPattern("id=\"status\"[^>]*role=\"status\"[^>]*aria-live=\"polite\"");
    }

    @Test
    void theClientScriptIsStrictAndCallsTheApiRelatively() {
        String script = read("app.js");

        assertThat(script).contains("'use strict';");
        assertThat(script)
                .contains("'api/regions'", "'api/ui/config'")
                .doesNotContain("'/api/");
    }

    private static List<String> allReferences(String html) {
        List<String> references = new ArrayList<>();
        Matcher matcher = URL_ATTRIBUTE.matcher(html);
        while (matcher.find()) {
            references.add(matcher.group(2).trim());
        }
        return references;
    }

    /** The referenced paths that name a file of this application, without query or fragment. */
    private static List<String> localReferences(String html) {
        return allReferences(html).stream()
                .filter(reference -> !reference.matches("(?i)^(?:[a-z][a-z0-9+.-]*:|//|#).*"))
                .map(reference -> reference.replaceFirst("[?#].*$", ""))
                .filter(reference -> !reference.isEmpty())
                .toList();
    }

    private static boolean resourceExists(String webPath) {
        return classLoader().getResource(UiResources.classPathName(webPath)) != null;
    }

    private static String read(String webPath) {
        String name = UiResources.classPathName(webPath);
        try (InputStream in = classLoader().getResourceAsStream(name)) {
            assertThat(in).as("class-path resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader classLoader() {
        return WebResourcesTest.class.getClassLoader();
    }

    /** Tokens stay in memory: storage outlives the page and any injected script could read it there. */
    @Test
    void signInUsesTheCodeFlowWithPkceAndKeepsTokensOutOfStorage() {
        String auth = read("auth.js");

        assertThat(auth).contains("response_type: 'code'", "code_challenge_method: 'S256'", "crypto.subtle.digest('SHA-256'")
                .doesNotContain("localStorage.")
                .doesNotContainPattern("response_type: '(id_)?token")
                .doesNotContainPattern("sessionStorage\\.setItem\\([^)]*(access|token)");
        assertThat(auth).contains("Inloggningstjänsten svarar inte");
        assertThat(localReferences(index)).containsSubsequence("auth.js", "app.js");
    }
}
