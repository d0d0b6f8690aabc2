package se.samverkan.gis.region;

import java.util.Objects;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * One region's area: its official two-digit county code ({@code 01} Stockholm … {@code 25} Norrbotten), its
 * name as the source file gives it, and its outline in WGS 84 (x = longitude, y = latitude).
 */
public record RegionArea(String code, String name, MultiPolygon outline) {

    public RegionArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(outline, "outline");
        if (!code.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("a county code is two digits, was '" + code + "'");
        }
        if (outline.isEmpty()) {
            throw new IllegalArgumentException("region " + code + " has an empty outline");
        }
    }
}
