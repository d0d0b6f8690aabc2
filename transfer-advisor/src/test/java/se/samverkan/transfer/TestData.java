package se.samverkan.transfer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import se.samverkan.transfer.cost.CostModel;
import se.samverkan.transfer.cost.CostModels;
import se.samverkan.transfer.hospital.HospitalDirectory;

/** The three test hospitals (LUL, UME, KIR) and cost models for the tests. */
public final class TestData {

    private TestData() {
    }

    public static HospitalDirectory hospitals() {
        try (Reader in = resource("/test-hospitals.csv")) {
            return HospitalDirectory.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reader resource(String name) {
        return new InputStreamReader(Objects.requireNonNull(TestData.class.getResourceAsStream(name), name),
                StandardCharsets.UTF_8);
    }

    /** The shipped defaults with some members changed, as a region file would. */
    public static CostModel defaultsWith(String modesJson) {
        return CostModels.read(new StringReader("{\"extends\": \"defaults\", \"region\": \"99\", \"modes\": "
                + modesJson + "}"));
    }
}
