package se.samverkan.platform.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** CompactJson writes what Jakarta JSON Processing's generator writes, character for character. */
class CompactJsonTest {

    private static String generated(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            body.accept(json);
        }
        return out.toString();
    }

    private static String compact(Consumer<CompactJson> body) {
        CompactJson json = new CompactJson(16);
        body.accept(json);
        return new String(json.toUtf8(), StandardCharsets.UTF_8);
    }

    @Test
    void escapesEveryCharacterAsTheGeneratorDoes() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x800; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029\ufeff\uffff åäö ÅÄÖ \ud83d\ude91 \"quoted\" back\\slash /slash");
        String text = all.toString();
        assertEquals(generated(j -> j.writeStartArray().write(text).writeStartObject().write(text, text).writeEnd().writeEnd()),
                compact(j -> j.startArray().write(text).startObject().write(text, text).end().end()));
    }

    @Test
    void writesRandomStringsAsTheGeneratorDoes() {
        Random random = new Random(20261126);
        for (int round = 0; round < 2_000; round++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                // Mostly the characters that need care: controls, quotes, backslashes, Swedish letters.
                chars[i] = switch (random.nextInt(6)) {
                    case 0 -> (char) random.nextInt(0x20);
                    case 1 -> "\"\\/".charAt(random.nextInt(3));
                    case 2 -> "åäöÅÄÖé".charAt(random.nextInt(7));
                    default -> (char) (0x20 + random.nextInt(0x60));
                };
            }
            String text = new String(chars);
            assertEquals(generated(j -> j.writeStartObject().write("v", text).writeEnd()),
                    compact(j -> j.startObject().write("v", text).end()), () -> "for " + text.chars().boxed().toList());
        }
    }

    @Test
    void writesNumbersAndTruthValuesAsTheGeneratorDoes() {
        Random random = new Random(7);
        double[] doubles = {0.0, -0.0, 1.0, 0.1, 521.25, 63.1792, -14.6357, 1e-7, 1.0e21, 123456789.123, Double.MIN_VALUE,
                Double.MAX_VALUE, random.nextDouble(), random.nextGaussian() * 1e6};
        long[] longs = {0, 1, -1, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE};
        assertEquals(generated(j -> {
            j.writeStartObject();
            for (double d : doubles) {
                j.write("d", d);
            }
            for (long l : longs) {
                j.write("l", l);
            }
            j.write("t", true).write("f", false).writeEnd();
        }), compact(j -> {
            j.startObject();
            for (double d : doubles) {
                j.write("d", d);
            }
            for (long l : longs) {
                j.write("l", l);
            }
            j.write("t", true).write("f", false).end();
        }));
    }

    @Test
    void placesCommasInNestedObjectsAndArrays() {
        assertEquals(generated(j -> j.writeStartObject().writeStartArray("a").writeEnd().writeStartObject("o")
                        .writeStartArray("b").write("x").write("y").writeEnd().write("n", 1).writeEnd()
                        .writeStartArray("c").writeStartObject().writeEnd().writeStartObject().write("k", "v").writeEnd()
                        .writeEnd().writeEnd()),
                compact(j -> j.startObject().startArray("a").end().startObject("o").startArray("b").write("x").write("y")
                        .end().write("n", 1).end().startArray("c").startObject().end().startObject().write("k", "v")
                        .end().end().end()));
    }

    @Test
    void encodesUtf8Once() {
        CompactJson json = new CompactJson(4).startArray().write("Östersund \ud83d\ude91").end();
        assertArrayEquals("[\"Östersund \ud83d\ude91\"]".getBytes(StandardCharsets.UTF_8), json.toUtf8());
    }

    @Test
    void refusesWhatHasNoJsonForm() {
        assertThrows(NumberFormatException.class, () -> new CompactJson(4).startObject().write("x", Double.NaN));
        assertThrows(NumberFormatException.class,
                () -> new CompactJson(4).startObject().write("x", Double.POSITIVE_INFINITY));
        assertThrows(IllegalStateException.class, () -> new CompactJson(4).startObject().toUtf8());
        assertThrows(IllegalStateException.class, () -> new CompactJson(4).end());
        assertThrows(IllegalStateException.class, () -> new CompactJson(4).write("x", 1));
        assertThrows(IllegalStateException.class, () -> new CompactJson(4).startObject("named"));
        CompactJson deep = new CompactJson(4);
        assertThrows(IllegalStateException.class, () -> {
            for (int i = 0; i < 40; i++) {
                deep.startArray();
            }
        });
    }
}
