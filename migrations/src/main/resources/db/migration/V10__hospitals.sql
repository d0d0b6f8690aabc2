-- Hospitals that can receive patients: Sweden's emergency hospitals (akutsjukhus, reference data loaded by
-- R__zz_hospital_reference_data.sql) and receiving facilities that users add (field hospitals, clinics).

CREATE TABLE hospital (
    -- Stable code: SE-<county code>-<place>[-<site>], e.g. SE-23-OSTERSUND. Tokens bind reporters to it.
    code             text PRIMARY KEY CHECK (code ~ '^SE-[0-9]{2}(-[A-Z0-9]+)+$' AND length(code) <= 40),
    name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    region_code      char(2) NOT NULL REFERENCES region (code),
    location         geography(Point, 4326) NOT NULL,
    -- UNIVERSITY (regionsjukhus), COUNTY (länssjukhus), LOCAL (länsdelssjukhus); NULL for a facility
    -- that is no hospital of these levels.
    level            text CHECK (level IN ('UNIVERSITY', 'COUNTY', 'LOCAL')),
    helipad          boolean NOT NULL DEFAULT false,
    nearest_airport  text CHECK (nearest_airport ~ '^[A-Z]{4}$'),
    -- True for the reference list: maintained by the repeatable migration, not through the API.
    reference        boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text NOT NULL DEFAULT 'reference data',
    -- Soft delete: reports and plans keep pointing at a removed facility.
    deleted_at       timestamptz,
    version          bigint NOT NULL DEFAULT 0,
    -- The county code inside the code is the region: a code can never lie about where it is.
    CHECK (substr(code, 4, 2) = region_code)
);

CREATE INDEX hospital_location_gix ON hospital USING gist (location);
CREATE INDEX hospital_region_idx ON hospital (region_code);
