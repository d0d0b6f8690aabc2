package se.samverkan.registry.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> read(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<List<String>> rows = new ArrayList<>();
        List<String> row;
        while ((row = reader.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<List<String>> rows = read("a,\"b,c\",\"say \"\"hej\"\"\"\r\n\"two\nlines\",,x\n");
        assertThat(rows).containsExactly(List.of("a", "b,c", "say \"hej\""), List.of("two\nlines", "", "x"));
    }

    @Test
    void countsLinesSoErrorsPointAtTheRightRow() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("h\r\n\"a\nb\"\r\n\r\nc\r\n"));
        reader.next();
        reader.next();
        assertThat(reader.recordLine()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("c");
        assertThat(reader.recordLine()).isEqualTo(5);
        assertThat(reader.next()).isNull();
    }

    @Test
    void refusesBadQuotingWithTheLineItStartedOn() {
        assertThatThrownBy(() -> read("a\r\nb,\"open\r\nnever closed"))
                .isInstanceOf(CsvReader.MalformedCsvException.class)
                .satisfies(e -> assertThat(((CsvReader.MalformedCsvException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> read("a,b\"c\r\n")).isInstanceOf(CsvReader.MalformedCsvException.class);
        assertThatThrownBy(() -> read("\"a\"b,c\r\n")).isInstanceOf(CsvReader.MalformedCsvException.class);
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() throws IOException {
        List<String> fields = List.of("plain", "with,comma", "with \"quote\"", "two\r\nlines", "", "=SUM(A1)");
        StringWriter out = new StringWriter();
        new CsvWriter(out, false).record(fields);
        assertThat(read(out.toString())).containsExactly(fields);
    }

    @Test
    void spreadsheetSafeOutputKeepsFormulasAsText() throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).record(List.of("=HYPERLINK(\"x\")", "@cmd", "+46 8 123"));
        assertThat(read(out.toString()).get(0)).containsExactly("'=HYPERLINK(\"x\")", "'@cmd", "+46 8 123");
    }
}
