package se.samverkan.transfer.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import se.samverkan.transfer.TestData;
import se.samverkan.transfer.model.InvalidTransferException;
import se.samverkan.transfer.model.PatientNeed;
import se.samverkan.transfer.model.Priority;
import se.samverkan.transfer.model.TransferMode;

class CostModelsTest {

    @Test
    void theDefaultsCarryTheNorthernRegionsFiguresOfTheDomainBrief() {
        CostModel defaults = CostModels.defaults();

        ModeCost flight = defaults.mode(TransferMode.FIXED_WING).orElseThrow();
        assertThat(flight.chargePerTransportSek()).isEqualTo(90_000);
        assertThat(flight.fixedAnnualSek()).isBetween(7_900_000.0, 9_900_000.0);
        assertThat(defaults.mode(TransferMode.TAXI).orElseThrow().costPerKmSek()).isEqualTo(40);
        assertThat(defaults.mode(TransferMode.LIGHT_CARE_AMBULANCE).orElseThrow().costPerKmSek()).isEqualTo(29);
        assertThat(defaults.mode(TransferMode.ROAD_AMBULANCE).orElseThrow().staff()).isEqualTo(2);
        assertThat(defaults.mode(TransferMode.AMBULANCE_BUS).orElseThrow().departures())
                .containsExactly(LocalTime.of(7, 0), LocalTime.of(13, 0));
        assertThat(defaults.modes()).hasSize(TransferMode.values().length);
        // Every need is served by some mode, and prio 1 by some mode.
        for (PatientNeed need : PatientNeed.values()) {
            assertThat(defaults.modes().values()).anyMatch(m -> m.needs().contains(need));
        }
        assertThat(defaults.modes().values()).anyMatch(m -> m.priorities().contains(Priority.PRIO_1));
    }

    @Test
    void aRegionFileChangesOnlyWhatItNamesAndARegionWithoutOneGetsTheDefaults() {
        CostModel changed = TestData.defaultsWith("{\"TAXI\": {\"costPerKmSek\": 35.5}}");

        assertThat(changed.region()).isEqualTo("99");
        assertThat(changed.mode(TransferMode.TAXI).orElseThrow().costPerKmSek()).isEqualTo(35.5);
        assertThat(changed.mode(TransferMode.TAXI).orElseThrow().dispatchMinutes()).isEqualTo(30);
        assertThat(changed.mode(TransferMode.FIXED_WING).orElseThrow().chargePerTransportSek()).isEqualTo(90_000);

        CostModel jamtland = CostModels.forRegion("23");
        assertThat(jamtland.region()).isEqualTo("23");
        assertThat(jamtland.description()).contains("defaults used");
        assertThat(jamtland.modes()).isEqualTo(CostModels.defaults().modes());
    }

    @Test
    void aModeMarkedUnavailableOrLeftOutOfACompleteModelIsNotOffered() {
        assertThat(TestData.defaultsWith("{\"HELICOPTER\": {\"available\": false}}").mode(TransferMode.HELICOPTER)).isEmpty();

        CostModel onlyTaxi = CostModels.read(new StringReader("""
                {"region": "98", "modes": {"TAXI": {"fixedAnnualSek": 0, "chargePerTransportSek": 50,
                  "costPerKmSek": 40, "countReturnLeg": false, "staff": 0, "staffHourSek": 0,
                  "waitingMinutes": 0, "dispatchMinutes": 20, "needs": ["SEATED_NO_CARE"], "priorities": ["PRIO_3"]}}}
                """));
        assertThat(onlyTaxi.mode(TransferMode.TAXI)).isPresent();
        assertThat(onlyTaxi.mode(TransferMode.ROAD_AMBULANCE)).isEmpty();
    }

    @Test
    void negativeMissingMisspeltOrMistypedParametersAreRefusedNamingTheParameter() {
        assertRefused("{\"TAXI\": {\"costPerKmSek\": -1}}", "modes.TAXI.costPerKmSek", "zero or more");
        assertRefused("{\"ROAD_AMBULANCE\": {\"staffHourSek\": \"650\"}}", "modes.ROAD_AMBULANCE.staffHourSek", "must be a number");
        assertRefused("{\"ROAD_AMBULANCE\": {\"staff\": 1.5}}", "modes.ROAD_AMBULANCE.staff", "whole number");
        assertRefused("{\"ROAD_AMBULANCE\": {\"staffHourSek\": null}}", "modes.ROAD_AMBULANCE.staffHourSek", "is missing");
        assertRefused("{\"TAXI\": {\"costPerKm\": 40}}", "modes.TAXI.costPerKm", "unknown member");
        assertRefused("{\"HOVERCRAFT\": {}}", "modes.HOVERCRAFT", "unknown value 'HOVERCRAFT'");
        assertRefused("{\"TAXI\": {\"needs\": [\"FLYING\"]}}", "modes.TAXI.needs", "unknown value 'FLYING'");
        assertRefused("{\"AMBULANCE_BUS\": {\"departures\": [\"7 am\"]}}", "modes.AMBULANCE_BUS.departures[0]", "time of day");

        // A complete model (no "extends") must give every parameter.
        assertThatThrownBy(() -> CostModels.read(new StringReader("{\"modes\": {\"TAXI\": {\"costPerKmSek\": 40}}}")))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> {
                    assertThat(e.field()).startsWith("modes.TAXI.");
                    assertThat(e.reason()).isEqualTo("is missing");
                });
        assertThatThrownBy(() -> CostModels.read(new StringReader("{\"modes\": ")))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> assertThat(e.reason()).contains("not valid JSON"));
        assertThatThrownBy(() -> CostModels.forRegion("Norrbotten"))
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> assertThat(e.field()).isEqualTo("region"));
    }

    private static void assertRefused(String modes, String field, String reason) {
        assertThatThrownBy(() -> TestData.defaultsWith(modes))
                .as(modes)
                .isInstanceOfSatisfying(InvalidTransferException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains(reason);
                });
    }
}
