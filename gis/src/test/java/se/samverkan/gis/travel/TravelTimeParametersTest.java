package se.samverkan.gis.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TravelTimeParametersTest {

    @Test
    void defaultsSurviveARoundTripThroughProperties() {
        TravelTimeParameters defaults = TravelTimeParameters.defaults();

        assertThat(defaults.withOverrides(defaults.toProperties())).isEqualTo(defaults);
    }

    @Test
    void aPropertiesFileOverridesOnlyWhatItNames(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("travel-times.properties");
        Files.writeString(file, """
                # winter: slower roads, helicopter grounded longer
                road.detourFactor = 1.4
                road.ambulance.urgent.bands = 10:50, *:80
                helicopter.dispatchMinutes = 20
                """, StandardCharsets.UTF_8);

        TravelTimeParameters p = TravelTimeParameters.load(file);

        assertThat(p.roadDetourFactor()).isEqualTo(1.4);
        assertThat(p.urgentAmbulance().bands()).containsExactly(
                new SpeedBand(10, 50), new SpeedBand(Double.POSITIVE_INFINITY, 80));
        assertThat(p.urgentAmbulance().startMinutes()).isEqualTo(TravelTimeParameters.defaults().urgentAmbulance().startMinutes());
        assertThat(p.helicopterDispatchMinutes()).isEqualTo(20);
        assertThat(p.helicopterCruiseKmh()).isEqualTo(TravelTimeParameters.defaults().helicopterCruiseKmh());
    }

    @Test
    void aMisspeltKeyIsRefused() {
        Properties p = new Properties();
        p.setProperty("helicopter.cruiseKph", "250");

        assertThatThrownBy(() -> TravelTimeParameters.defaults().withOverrides(p))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("helicopter.cruiseKph");
    }

    @Test
    void aNonNumberIsRefusedNamingTheKey() {
        Properties p = new Properties();
        p.setProperty("fixedWing.cruiseKmh", "fast");

        assertThatThrownBy(() -> TravelTimeParameters.defaults().withOverrides(p))
                .hasMessageContaining("fixedWing.cruiseKmh");
    }

    @Test
    void speedBandsMustEndOpenAndIncrease() {
        assertThatThrownBy(() -> RoadProfile.parse(0, "10:50,60:80"))
                .hasMessageContaining("open-ended");
        assertThatThrownBy(() -> RoadProfile.parse(0, "50:50,10:80,*:90"))
                .hasMessageContaining("increasing");
        assertThatThrownBy(() -> RoadProfile.parse(0, "10:0,*:90"))
                .hasMessageContaining("positive");
    }

    @Test
    void detourFactorBelowOneIsRefused() {
        Properties p = new Properties();
        p.setProperty("road.detourFactor", "0.9");

        assertThatThrownBy(() -> TravelTimeParameters.defaults().withOverrides(p)).hasMessageContaining("detour");
    }
}
