package se.samverkan.hospitals.have;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.hospitals.model.BedCapacity;
import se.samverkan.hospitals.model.CapacityDraft;
import se.samverkan.hospitals.model.CareCategory;
import se.samverkan.hospitals.model.EmergencyDepartmentState;
import se.samverkan.hospitals.model.FacilityState;
import se.samverkan.hospitals.model.HospitalCode;

class HaveCodecTest {

    private final HaveCodec codec = new HaveCodec();

    static HaveHospital ostersund() {
        return new HaveHospital(new HospitalCode("SE-23-OSTERSUND"), "Östersunds sjukhus & <akut>",
                new CapacityDraft(Instant.parse("2026-11-25T13:45:00Z"), EmergencyDepartmentState.ADVISORY,
                        "Many patients from a bus accident", FacilityState.COMPROMISED, "Reserve power only",
                        List.of(new BedCapacity(CareCategory.ICU_ADULT, 2, 8, 2, 4, null),
                                new BedCapacity(CareCategory.BURNS, 0, 0, 0, 0, null),
                                new BedCapacity(CareCategory.NEUROSURGERY, 1, 2, 0, 1, null),
                                new BedCapacity(CareCategory.GENERAL_WARD, 40, 30, 5, 5, "Field ward in the gym"),
                                new BedCapacity(CareCategory.MAJOR_TRAUMA, 3, 4, 1, 2, null))));
    }

    @Test
    void aReportRoundTripsThroughExportAndImportUnchanged() {
        HaveHospital original = ostersund();
        String xml = codec.write(List.of(original));

        List<HaveHospital> read = codec.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(read).containsExactly(original);
        assertThat(codec.write(read)).isEqualTo(xml);
        assertThat(xml).contains("xmlns=\"" + HaveCodec.NAMESPACE + "\"")
                .contains("<BedType>AdultICU</BedType>")
                .contains("<EMSTrafficStatus>Advisory</EMSTrafficStatus>")
                .contains("<LastUpdateTime>2026-11-25T13:45:00Z</LastUpdateTime>");
    }

    @Test
    void refusesExternalEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE HospitalStatus [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <HospitalStatus xmlns="urn:oasis:names:tc:emergency:EDXL:HAVE:1.0">&secret;</HospitalStatus>""";
        assertThatThrownBy(() -> codec.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidHaveDocument.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void refusesEntityExpansion() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><HospitalStatus xmlns=\"urn:oasis:names:tc:emergency:EDXL:HAVE:1.0\">&lol9;</HospitalStatus>");

        assertThatThrownBy(() -> codec.read(laughs.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidHaveDocument.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesAWrongNamespaceNamingTheOneExpected() {
        String xml = codec.write(List.of(ostersund())).replace(HaveCodec.NAMESPACE, "urn:example:not-have");

        assertThatThrownBy(() -> codec.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidHaveDocument.class)
                .hasMessageContaining("urn:oasis:names:tc:emergency:EDXL:HAVE:1.0")
                .hasMessageContaining("urn:example:not-have");
    }

    @Test
    void refusesMissingRequiredElementsSayingWhich() {
        String xml = codec.write(List.of(ostersund())).replaceFirst("<BaselineCount>8</BaselineCount>", "");

        assertThatThrownBy(() -> codec.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidHaveDocument.class)
                .hasMessageContaining("not valid EDXL-HAVE")
                .hasMessageContaining("BaselineCount");
    }

    @Test
    void refusesNegativeCountsAndUnknownBedTypesByTheSchema() {
        String negative = codec.write(List.of(ostersund())).replaceFirst("<AvailableCount>2</AvailableCount>",
                "<AvailableCount>-2</AvailableCount>");
        assertThatThrownBy(() -> codec.read(negative.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidHaveDocument.class).hasMessageContaining("-2");

        String unknown = codec.write(List.of(ostersund())).replaceFirst("AdultICU", "Spaceship");
        assertThatThrownBy(() -> codec.read(unknown.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidHaveDocument.class).hasMessageContaining("Spaceship");
    }

    @Test
    void refusesMoreBedsThanBaselinePlusSurgeWithoutAComment() {
        String xml = codec.write(List.of(ostersund())).replace("<CommentText>Field ward in the gym</CommentText>", "");

        assertThatThrownBy(() -> codec.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidHaveDocument.class).hasMessageContaining("GENERAL_WARD");
    }

    @Test
    void refusesMalformedXmlAndEmptyDocuments() {
        assertThatThrownBy(() -> codec.read("<HospitalStatus".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidHaveDocument.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> codec.read(new byte[0])).isInstanceOf(InvalidHaveDocument.class);
    }
}
