package se.samverkan.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as it ships: the WAR Maven built in the package phase, deployed unchanged, so the
 * integration tests exercise exactly what {@code ./samverkan up} runs.
 */
public final class SamverkanDeployment {

    private SamverkanDeployment() {
    }

    public static File warFile() {
        File war = new File(System.getProperty("samverkan.war", "target/samverkan.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the application first (mvn package): " + war + " is missing");
        }
        return war;
    }

    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, warFile());
    }
}
