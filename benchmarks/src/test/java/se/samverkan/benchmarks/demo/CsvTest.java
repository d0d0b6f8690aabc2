package se.samverkan.benchmarks.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyWhatMustBeQuotedAndParsesItBack() {
        String line = String.join(",", Csv.field("plain"), Csv.field("a,b"), Csv.field("say \"hej\""), Csv.field(""));
        assertThat(line).isEqualTo("plain,\"a,b\",\"say \"\"hej\"\"\",");
        assertThat(Csv.parseRecord(line)).containsExactly("plain", "a,b", "say \"hej\"", "");
    }

    @Test
    void refusesBadQuoting() {
        assertThatThrownBy(() -> Csv.parseRecord("a,\"open")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Csv.parseRecord("a,b\"c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Csv.parseRecord("\"a\"b")).isInstanceOf(IllegalArgumentException.class);
    }
}
