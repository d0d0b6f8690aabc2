package se.samverkan.platform.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import se.samverkan.platform.problem.ProblemException;

/**
 * Entity tags carry a record's version, so that If-Match turns every change into "apply only if nobody
 * changed it since I read it". A change without If-Match is refused (428) rather than risking a silent
 * overwrite.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag("v" + version);
    }

    /** 200 with the record and its version as the ETag, to send back in If-Match when changing it. */
    public static Response ok(Object record, long version) {
        return Response.ok(record).tag(tag(version)).build();
    }

    /** 201 with where the new record lives, the record and its version as the ETag. */
    public static Response created(URI location, Object record, long version) {
        return Response.created(location).tag(tag(version)).entity(record).build();
    }

    /** The version an If-Match header names; 428 when absent, 400 when it is not one of ours. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.versionRequired();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!value.matches("v[0-9]{1,18}")) {
            throw ProblemException.invalid("If-Match", "must be the ETag of the record as you read it, such as \"v3\"");
        }
        return Long.parseLong(value.substring(1));
    }
}
