package se.samverkan.gis.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.gis.GeoPoint;

class ReferenceListsTest {

    @Test
    void bundledAirportsHaveUniqueCodesAndRunwaysForTheAmbulanceAircraft() {
        List<Airport> airports = Airports.bundled();

        assertThat(airports).extracting(Airport::icao).doesNotHaveDuplicates();
        // Svenskt Ambulansflyg's bases and the busiest destinations named in its 2023 report.
        assertThat(airports).extracting(Airport::icao).contains("ESNU", "ESSA", "ESGG", "ESNZ", "ESNG", "ESNQ", "ESSV");
        assertThat(airports).allSatisfy(a -> assertThat(a.runwayMetres()).isBetween(1000, 3500));
        Airport arlanda = airports.stream().filter(a -> a.icao().equals("ESSA")).findFirst().orElseThrow();
        assertThat(arlanda.location().distanceTo(new GeoPoint(59.6519, 17.9186))).isLessThan(2000);
        assertThat(arlanda.runwayMetres()).isEqualTo(3301);
    }

    @Test
    void bundledHelipadsLieInSwedenWithUniqueHospitals() {
        List<Helipad> helipads = Helipads.bundled();

        assertThat(helipads).hasSizeGreaterThan(50);
        assertThat(helipads).extracting(Helipad::hospitalCode).doesNotHaveDuplicates();
        assertThat(helipads).allSatisfy(h -> {
            assertThat(h.location().latitude()).isBetween(55.3, 69.1);
            assertThat(h.location().longitude()).isBetween(10.9, 24.2);
        });
    }

    @Test
    void aWrongLineIsNamedByItsNumber() {
        String csv = Airports.HEADER + "\nESSA,Arlanda,59.65,17.92,3301\nESXX,Nowhere,95.0,17.0,1000\n";

        assertThatThrownBy(() -> Airports.read(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 3:").hasMessageContaining("latitude");
    }

    @Test
    void anUnknownRunwayLengthIsZero() throws Exception {
        List<Airport> airports = Airports.read(new StringReader(Airports.HEADER + "\nESXY,Somewhere,60.0,15.0,\n"));

        assertThat(airports.get(0).runwayMetres()).isZero();
        assertThat(airports.get(0).hasRunwayOf(1000)).isFalse();
    }

    @Test
    void aListWithTheWrongHeaderIsRefused() {
        assertThatThrownBy(() -> Helipads.read(new StringReader("name,lat,lon\nX,60,15\n")))
                .hasMessageContaining("hospital_code,hospital,latitude,longitude");
    }
}
