package se.samverkan.hospitals.have;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import se.samverkan.hospitals.model.BedCapacity;
import se.samverkan.hospitals.model.CapacityDraft;
import se.samverkan.hospitals.model.CareCategory;
import se.samverkan.hospitals.model.HospitalCode;

/**
 * Reads and writes EDXL-HAVE 1.0 {@code HospitalStatus} documents. Reading is hardened against hostile XML:
 * no DOCTYPE at all (so no DTD, no external or expanding entities), secure processing, no external access,
 * no XInclude, a size limit; then the document must validate against the schema shipped with this class.
 * Thread-safe: the schema is shared, parsers and validators are made per call.
 */
public final class HaveCodec {

    public static final String NAMESPACE = "urn:oasis:names:tc:emergency:EDXL:HAVE:1.0";
    public static final String XNL_NAMESPACE = "urn:oasis:names:tc:ciq:xnl:3";
    /** A national document of 70 hospitals is about 100 kB; anything far beyond is refused unread. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Schema schema;

    public HaveCodec() {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Our own schema imports its xNL part from beside it; nothing else may be fetched.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,vfs");
            URL xnl = resource("ciq-xnl-3-subset.xsd");
            URL have = resource("edxl-have-1.0-subset.xsd");
            schema = factory.newSchema(new Source[] {
                new StreamSource(xnl.openStream(), xnl.toExternalForm()),
                new StreamSource(have.openStream(), have.toExternalForm())});
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The shipped EDXL-HAVE schema cannot be loaded", e);
        }
    }

    private static URL resource(String name) {
        URL url = HaveCodec.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing schema resource " + name);
        }
        return url;
    }

    /** Parses, validates and maps a document; throws {@link InvalidHaveDocument} with a reason a person can act on. */
    public List<HaveHospital> read(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new InvalidHaveDocument("the document is empty");
        }
        if (xml.length > MAX_BYTES) {
            throw new InvalidHaveDocument("the document is larger than " + MAX_BYTES + " bytes");
        }
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"HospitalStatus".equals(root.getLocalName())) {
            throw new InvalidHaveDocument("the root element must be HospitalStatus in namespace " + NAMESPACE
                    + ", found " + root.getLocalName() + " in namespace "
                    + (root.getNamespaceURI() == null ? "(none)" : root.getNamespaceURI()));
        }
        validate(document);
        List<HaveHospital> hospitals = new ArrayList<>();
        for (Element hospital : children(root, "Hospital")) {
            hospitals.add(hospital(hospital));
        }
        return hospitals;
    }

    private Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DOCTYPE at all: shuts out XXE and entity expansion (billion laughs) before they start.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // Belt and braces should a DOCTYPE ever get through: a tiny entity budget (0 would mean "no limit").
            factory.setAttribute("jdk.xml.entityExpansionLimit", "64");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed (" + systemId + ")");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new InvalidHaveDocument(where(e) + reason(e), e);
        } catch (SAXException e) {
            throw new InvalidHaveDocument(reason(e), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new InvalidHaveDocument("the document cannot be read: " + e.getMessage(), e);
        }
    }

    private void validate(Document document) {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new DOMSource(document));
        } catch (SAXParseException e) {
            throw new InvalidHaveDocument("not valid EDXL-HAVE: " + where(e) + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new InvalidHaveDocument("not valid EDXL-HAVE: " + e.getMessage(), e);
        }
    }

    private static String where(SAXParseException e) {
        return e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
    }

    private static String reason(SAXException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return "DOCTYPE declarations are not allowed (no DTDs, no entities): " + message;
        }
        return message;
    }

    private static HaveHospital hospital(Element hospital) {
        Element name = child(child(child(hospital, "Organization"), "OrganizationInformation"), XNL_NAMESPACE,
                "OrganisationName");
        String code = name.getAttributeNS(XNL_NAMESPACE, "ID");
        if (!HospitalCode.isWellFormed(code)) {
            throw new InvalidHaveDocument("OrganisationName/@xnl:ID " + code + " " + HospitalCode.FORM_DESCRIPTION);
        }
        String hospitalName = String.join(" ", children(name, XNL_NAMESPACE, "NameElement").stream()
                .map(Node::getTextContent).map(String::strip).toList());
        Element traffic = child(child(hospital, "EmergencyDepartmentStatus"), "EMSTraffic");
        Element facility = child(hospital, "HospitalFacilityStatus");
        List<BedCapacity> beds = new ArrayList<>();
        for (Element bed : children(child(hospital, "HospitalBedCapacityStatus"), "BedCapacity")) {
            Optional<CareCategory> category = HaveVocabulary.category(text(child(bed, "BedType")));
            if (category.isEmpty()) {
                continue; // a HAVE bed type Samverkan does not track
            }
            Element capacity = child(bed, "Capacity");
            int available = count(capacity, "AvailableCount", code, category.get());
            int baseline = count(capacity, "BaselineCount", code, category.get());
            int add24 = optionalChild(capacity, "AdditionalCapacityCount24Hr").map(e -> count(e, code, category.get())).orElse(0);
            int add72 = optionalChild(capacity, "AdditionalCapacityCount72Hr").map(e -> count(e, code, category.get())).orElse(0);
            String reason = optionalChild(bed, "CommentText").map(HaveCodec::text).orElse(null);
            if (BedCapacity.exceedsBaselineAndSurge(available, baseline, add24, add72) && (reason == null || reason.isBlank())) {
                throw new InvalidHaveDocument(code + " " + category.get() + ": AvailableCount " + available + " "
                        + BedCapacity.OVER_CAPACITY.replace("overCapacityReason", "CommentText"));
            }
            beds.add(new BedCapacity(category.get(), available, baseline, add24, add72, reason));
        }
        if (beds.isEmpty()) {
            throw new InvalidHaveDocument(code + ": no BedCapacity of a care category Samverkan tracks");
        }
        Instant lastUpdate;
        try {
            lastUpdate = OffsetDateTime.parse(text(child(hospital, "LastUpdateTime"))).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidHaveDocument(code + ": LastUpdateTime needs a time zone, e.g. 2026-11-25T14:00:00Z", e);
        }
        try {
            return new HaveHospital(new HospitalCode(code), hospitalName, new CapacityDraft(lastUpdate,
                    HaveVocabulary.emergencyDepartment(text(child(traffic, "EMSTrafficStatus"))),
                    optionalChild(traffic, "EMSTrafficReason").map(HaveCodec::text).orElse(null),
                    HaveVocabulary.facilityState(text(child(facility, "FacilityStatus"))),
                    optionalChild(facility, "CommentText").map(HaveCodec::text).orElse(null), beds));
        } catch (IllegalArgumentException e) {
            throw new InvalidHaveDocument(code + ": " + e.getMessage(), e);
        }
    }

    private static int count(Element parent, String name, String code, CareCategory category) {
        return count(child(parent, name), code, category);
    }

    private static int count(Element element, String code, CareCategory category) {
        try {
            return Integer.parseInt(text(element));
        } catch (NumberFormatException e) {
            throw new InvalidHaveDocument(code + " " + category + ": " + element.getLocalName() + " is not a count", e);
        }
    }

    /** Writes one document with a Hospital element per entry, in the order given. */
    public String write(List<HaveHospital> hospitals) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.setPrefix("xnl", XNL_NAMESPACE);
            xml.writeStartElement(NAMESPACE, "HospitalStatus");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("xnl", XNL_NAMESPACE);
            for (HaveHospital h : hospitals) {
                writeHospital(xml, h);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing EDXL-HAVE failed", e);
        }
        return out.toString();
    }

    private static void writeHospital(XMLStreamWriter xml, HaveHospital h) throws XMLStreamException {
        CapacityDraft s = h.status();
        xml.writeStartElement(NAMESPACE, "Hospital");
        xml.writeStartElement(NAMESPACE, "Organization");
        xml.writeStartElement(NAMESPACE, "OrganizationInformation");
        xml.writeStartElement(XNL_NAMESPACE, "OrganisationName");
        xml.writeAttribute("xnl", XNL_NAMESPACE, "ID", h.code().value());
        element(xml, XNL_NAMESPACE, "NameElement", h.name());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();

        xml.writeStartElement(NAMESPACE, "EmergencyDepartmentStatus");
        xml.writeStartElement(NAMESPACE, "EMSTraffic");
        element(xml, NAMESPACE, "EMSTrafficStatus", HaveVocabulary.trafficStatus(s.emergencyDepartment()));
        if (s.emergencyDepartmentReason() != null) {
            element(xml, NAMESPACE, "EMSTrafficReason", s.emergencyDepartmentReason());
        }
        xml.writeEndElement();
        xml.writeEndElement();

        xml.writeStartElement(NAMESPACE, "HospitalBedCapacityStatus");
        for (BedCapacity b : s.beds()) {
            xml.writeStartElement(NAMESPACE, "BedCapacity");
            element(xml, NAMESPACE, "BedType", HaveVocabulary.bedType(b.category()));
            xml.writeStartElement(NAMESPACE, "Capacity");
            element(xml, NAMESPACE, "CapacityStatus", b.available() > 0 ? "VacantAvailable" : "NotAvailable");
            element(xml, NAMESPACE, "AvailableCount", Integer.toString(b.available()));
            element(xml, NAMESPACE, "BaselineCount", Integer.toString(b.baseline()));
            element(xml, NAMESPACE, "AdditionalCapacityCount24Hr", Integer.toString(b.additional24h()));
            element(xml, NAMESPACE, "AdditionalCapacityCount72Hr", Integer.toString(b.additional72h()));
            xml.writeEndElement();
            if (b.overCapacityReason() != null) {
                element(xml, NAMESPACE, "CommentText", b.overCapacityReason());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();

        xml.writeStartElement(NAMESPACE, "HospitalFacilityStatus");
        element(xml, NAMESPACE, "FacilityStatus", HaveVocabulary.facilityStatus(s.facilityState()));
        if (s.comment() != null) {
            element(xml, NAMESPACE, "CommentText", s.comment());
        }
        xml.writeEndElement();

        element(xml, NAMESPACE, "LastUpdateTime", s.reportedAt().toString());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String text(Element e) {
        return e.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        return child(parent, NAMESPACE, name);
    }

    private static Element child(Element parent, String namespace, String name) {
        return optionalChild(parent, namespace, name).orElseThrow(() ->
                new InvalidHaveDocument(parent.getLocalName() + " lacks its " + name + " element"));
    }

    private static Optional<Element> optionalChild(Element parent, String name) {
        return optionalChild(parent, NAMESPACE, name);
    }

    private static Optional<Element> optionalChild(Element parent, String namespace, String name) {
        return children(parent, namespace, name).stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent, NAMESPACE, name);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
