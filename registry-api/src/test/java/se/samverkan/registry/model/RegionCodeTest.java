package se.samverkan.registry.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"01", "13", "25", "99"})
    void acceptsTwoDigits(String code) {
        assertThat(new RegionCode(code).value()).isEqualTo(code);
        assertThat(RegionCode.isWellFormed(code)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"1", "001", "x1", "", " 1", "١٢"})
    void refusesAnythingElse(String code) {
        assertThat(RegionCode.isWellFormed(code)).isFalse();
        assertThatThrownBy(() -> new RegionCode(code)).hasMessageContaining("two-digit county code");
    }
}
