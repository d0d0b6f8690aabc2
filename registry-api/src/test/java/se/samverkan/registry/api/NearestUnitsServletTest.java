package se.samverkan.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/**
 * The nearest search left UnitResource for a servlet (decision 0007) but not its callers: the servlet's roles
 * are written out again (an annotation cannot take them from a constant array), so this keeps the two lists one.
 */
class NearestUnitsServletTest {

    @Test
    void whoMaySearchIsWhoMayReadUnits() {
        assertThat(new NearestUnitsServlet().roles())
                .containsExactlyInAnyOrder(UnitResource.class.getAnnotation(RolesAllowed.class).value());
    }
}
