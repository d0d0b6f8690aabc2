package se.samverkan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The design rules of docs/architecture.md and DESIGN, checked on the compiled application so that they
 * hold as the code grows: thin resources, a domain free of the web layer, a platform that knows no
 * capability, no cycles between capabilities, and a package-info.java in every package of every module.
 */
@AnalyzeClasses(packages = "se.samverkan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelKnowsNothingOfTheWeb = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "..api..")
            .because("entities and value objects speak the domain's language, not HTTP's");

    @ArchTest
    static final ArchRule resourcesReachPersistenceOnlyThroughServices = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("REST resources stay thin: transactions and rules live in the capability's service");

    @ArchTest
    static final ArchRule restResourcesLiveInApiPackages = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().resideInAnyPackage("..api..", "se.samverkan.platform..")
            .because("each capability keeps its HTTP interface in its own api package");

    /**
     * Payara answers 401 with {@code WWW-Authenticate: Basic} for a resource class whose only security
     * annotation sits on a method, and browsers then pop up a login dialog over the map. Declaring who
     * may call a resource on the class avoids that and keeps the decision visible in one place.
     */
    @ArchTest
    static final ArchRule resourcesDeclareWhoMayCallThemOnTheClass = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().beAnnotatedWith("jakarta.annotation.security.PermitAll")
            .orShould().beAnnotatedWith("jakarta.annotation.security.RolesAllowed")
            .orShould().beAnnotatedWith("jakarta.annotation.security.DenyAll")
            .because("every endpoint states who may call it, at class level (see the rule's javadoc)");

    /**
     * Only what the web client needs before anyone has signed in is public; every other endpoint needs a
     * token. A new public endpoint is a decision: add it here, with the reason, and to docs/architecture.md.
     */
    private static final List<String> PUBLIC_RESOURCES = List.of(
            // where to sign in and how to draw the map; holds no data
            "se.samverkan.platform.ui.UiConfigResource",
            // OGC API Features for GIS clients; each collection's source filters what the caller may see
            // (an anonymous caller has no role). Decided in the registry's OGC work, listed here as such.
            "se.samverkan.ogcapi.api.OgcApiResource");

    private static final String PUBLIC_RESOURCE_NAMES =
            String.join("|", PUBLIC_RESOURCES.stream().map(java.util.regex.Pattern::quote).toList());

    @ArchTest
    static final ArchRule onlyTheListedResourcesArePublic = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .and().areAnnotatedWith("jakarta.annotation.security.PermitAll")
            .should().haveNameMatching(PUBLIC_RESOURCE_NAMES)
            .because("an endpoint without a token requirement must be a deliberate, listed exception");

    /**
     * Servlets that serve the API (decision 0007) say who may call them through JsonReadServlet's
     * constructor, which also answers 401/403 like the resources; the only other servlet is the error page.
     */
    @ArchTest
    static final ArchRule servletsDeclareWhoMayCallThem = classes()
            .that().areAnnotatedWith("jakarta.servlet.annotation.WebServlet")
            .should().beAssignableTo("se.samverkan.platform.http.JsonReadServlet")
            .orShould().haveFullyQualifiedName("se.samverkan.platform.problem.ContainerErrorServlet")
            .because("every endpoint states who may call it; a new public servlet is a decision like a public resource");

    @ArchTest
    static final ArchRule noMethodOpensAProtectedResource = methods()
            .that().areAnnotatedWith("jakarta.annotation.security.PermitAll")
            .should().beDeclaredInClassesThat().haveNameMatching(PUBLIC_RESOURCE_NAMES)
            .allowEmptyShould(true)
            .because("a @PermitAll method in a protected resource would be a hole nobody sees at class level");

    @ArchTest
    static final ArchRule platformKnowsNoCapability = noClasses()
            .that().resideInAPackage("se.samverkan.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.samverkan.registry..", "se.samverkan.hospitals..", "se.samverkan.readiness..",
                    "se.samverkan.requests..", "se.samverkan.planning..", "se.samverkan.exercises..",
                    "se.samverkan.ogcapi..", "se.samverkan.security..", "se.samverkan.transfers..")
            .because("the platform serves every capability and must not be tied to one");

    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles = slices()
            .matching("se.samverkan.(*)..")
            .should().beFreeOfCycles();

    @org.junit.jupiter.api.Test
    void everyPackageOfEveryModuleHasAPackageInfo() throws IOException {
        Path root = Path.of(System.getProperty("samverkan.root", "..")).toAbsolutePath().normalize();
        List<Path> sourceRoots;
        try (Stream<Path> modules = Files.list(root)) {
            sourceRoots = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList();
        }
        assertThat(sourceRoots).as("module source folders under %s", root).hasSizeGreaterThanOrEqualTo(5);
        for (Path sources : sourceRoots) {
            try (Stream<Path> dirs = Files.walk(sources)) {
                List<Path> withoutInfo = dirs.filter(Files::isDirectory)
                        .filter(ArchitectureTest::holdsJavaClasses)
                        .filter(d -> !Files.exists(d.resolve("package-info.java")))
                        .toList();
                assertThat(withoutInfo).as("packages without package-info.java").isEmpty();
            }
        }
    }

    private static boolean holdsJavaClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
