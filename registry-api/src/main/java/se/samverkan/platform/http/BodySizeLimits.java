package se.samverkan.platform.http;

/**
 * How large a request body may be: 1 MiB by default, 256 MiB for imports (addresses ending in
 * {@code /import}, where regions upload CSV inventories of 100 000 rows). Configurable through
 * {@code samverkan.http.max-body-bytes} and {@code samverkan.http.max-import-body-bytes}.
 */
public record BodySizeLimits(long defaultLimit, long importLimit) {

    public static final long DEFAULT_LIMIT = 1L << 20;
    public static final long IMPORT_LIMIT = 256L << 20;

    public BodySizeLimits {
        if (defaultLimit <= 0 || importLimit <= 0) {
            throw new IllegalArgumentException("body size limits must be positive");
        }
    }

    public long limitFor(String path) {
        String p = path == null ? "" : path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.endsWith("/import") ? importLimit : defaultLimit;
    }
}
