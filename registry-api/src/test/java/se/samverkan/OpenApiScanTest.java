package se.samverkan;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * What Payara's OpenAPI generator needs of the resources to describe them without complaint. A hidden
 * operation ({@code @Operation(hidden = true)}) leaves its JAX-RS parameters without an operation to join,
 * and the generator logs SEVERE "Couldn't add PATH parameter" for each; a resource kept out of /openapi is
 * left out of the scan instead ({@code mp.openapi.scan.exclude.classes}).
 */
class OpenApiScanTest {

    private static final Set<String> PARAMETER_ANNOTATIONS = Set.of("jakarta.ws.rs.PathParam",
            "jakarta.ws.rs.QueryParam", "jakarta.ws.rs.HeaderParam", "jakarta.ws.rs.CookieParam",
            "jakarta.ws.rs.FormParam", "jakarta.ws.rs.MatrixParam");

    @Test
    void noScannedResourceHidesAnOperationThatHasParameters() throws IOException {
        Set<String> excluded = excludedFromScan();
        List<String> offending = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.samverkan")) {
            if (!type.isAnnotatedWith("jakarta.ws.rs.Path") || excluded.contains(type.getName())) {
                continue;
            }
            for (Method method : type.reflect().getDeclaredMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                boolean hasParameters = Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                        .map(Annotation::annotationType).anyMatch(a -> PARAMETER_ANNOTATIONS.contains(a.getName()));
                if (operation != null && operation.hidden() && hasParameters) {
                    offending.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(offending).as("hidden operations with JAX-RS parameters in scanned resources").isEmpty();
    }

    private static Set<String> excludedFromScan() throws IOException {
        Properties config = new Properties();
        try (InputStream in = OpenApiScanTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        return Set.of(config.getProperty("mp.openapi.scan.exclude.classes", "").split(","));
    }
}
