package se.samverkan.registry.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import se.samverkan.platform.http.CompactJson;
import se.samverkan.registry.UnitView;

/**
 * Writes units, lists of units and unit pages as JSON without reflection. These are the answers of the
 * registry's hot searches (nearest available, lists): JSON-B's reflective serialisation of 20 units took
 * about a fifth of a nearest-unit request in the profile (docs/benchmarks.md, "Registry"). The document is
 * the one JSON-B wrote — same names, same order ({@link UnitView}'s {@code @JsonbPropertyOrder}, nested
 * objects alphabetical), absent values left out — and {@code UnitJsonWriterTest} holds it to that.
 * It is built in memory (a page is at most {@value se.samverkan.registry.UnitQueries#MAX_PAGE} units) and
 * sent in one write with its length.
 */
public final class UnitJsonWriter {

    private UnitJsonWriter() {
    }

    /*
     * One provider per type: JAX-RS picks the writer whose declared type is closest to the entity, so these
     * win over JSON-B's writer for Object on every deployment (with a single writer for Object the two tied
     * and the runtime chose either).
     */

    /** A single unit. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Single extends Base<UnitView> {
    }

    /** A page of the unit list. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Page extends Base<UnitResource.UnitPage> {
    }

    /** The answer of a search: a list of units. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Many extends Base<List<UnitView>> {
        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return List.class.isAssignableFrom(type)
                    && genericType instanceof ParameterizedType p
                    && p.getActualTypeArguments().length == 1
                    && p.getActualTypeArguments()[0] == UnitView.class;
        }
    }

    abstract static class Base<T> implements MessageBodyWriter<T> {
        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return true;
        }

        @Override
        public void writeTo(T value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            byte[] body = toJson(value);
            headers.putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
            out.write(body);
        }
    }

    /** The JSON document for a unit, a collection of units or a unit page. */
    public static byte[] toJson(Object value) {
        // About 750 characters per unit: sized for a search's 20 without growing.
        CompactJson json = new CompactJson(16384);
        if (value instanceof UnitView unit) {
            unit(json, unit);
        } else if (value instanceof UnitResource.UnitPage page) {
            json.startObject();
            units(json, "items", page.items());
            if (page.next() != null) {
                json.write("next", page.next().toString());
            }
            json.end();
        } else {
            units(json, null, (Collection<?>) value);
        }
        return json.toUtf8();
    }

    private static void units(CompactJson json, String name, Collection<?> units) {
        if (name == null) {
            json.startArray();
        } else {
            json.startArray(name);
        }
        for (Object unit : units) {
            unit(json, (UnitView) unit);
        }
        json.end();
    }

    private static void unit(CompactJson json, UnitView u) {
        json.startObject();
        text(json, "id", u.id() == null ? null : u.id().toString());
        text(json, "callSign", u.callSign());
        text(json, "registration", u.registration());
        text(json, "kind", u.kind());
        if (u.tier() != null) {
            json.write("tier", u.tier());
        }
        if (u.organisation() != null) {
            json.startObject("organisation");
            text(json, "code", u.organisation().code());
            text(json, "name", u.organisation().name());
            text(json, "sector", u.organisation().sector());
            json.end();
        }
        text(json, "homeRegion", u.homeRegion());
        if (u.base() != null) {
            json.startObject("base");
            text(json, "code", u.base().code());
            text(json, "name", u.base().name());
            json.end();
        }
        text(json, "status", u.status());
        text(json, "careLevel", u.careLevel());
        if (u.capacity() != null) {
            json.startObject("capacity")
                    .write("incubator", u.capacity().incubator)
                    .write("lying", u.capacity().lying)
                    .write("seated", u.capacity().seated)
                    .write("wheelchair", u.capacity().wheelchair)
                    .end();
        }
        strings(json, "crew", u.crew());
        strings(json, "capabilities", u.capabilities());
        text(json, "operatingHours", u.operatingHours());
        text(json, "dispatchBy", u.dispatchBy());
        text(json, "availableFrom", u.availableFrom());
        json.write("availableNow", u.availableNow());
        if (u.position() != null) {
            json.startObject("position");
            if (u.position().latitude() != null) {
                json.write("latitude", u.position().latitude());
            }
            if (u.position().longitude() != null) {
                json.write("longitude", u.position().longitude());
            }
            json.end();
        }
        if (u.distanceMetres() != null) {
            json.write("distanceMetres", u.distanceMetres());
        }
        json.write("sensitive", u.sensitive());
        instant(json, "lastConfirmedAt", u.lastConfirmedAt());
        json.write("stale", u.stale());
        instant(json, "retiredAt", u.retiredAt());
        json.write("version", u.version());
        json.end();
    }

    private static void text(CompactJson json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void instant(CompactJson json, String name, Instant value) {
        if (value != null) {
            json.write(name, value.toString());
        }
    }

    private static void strings(CompactJson json, String name, List<String> values) {
        if (values != null) {
            json.startArray(name);
            values.forEach(json::write);
            json.end();
        }
    }
}
