-- The spatial foundation and the 21 regions every other record belongs to.
-- The extension needs a superuser the first time; ./samverkan creates it before the application role migrates.
CREATE EXTENSION IF NOT EXISTS postgis;

-- The six healthcare regions (sjukvårdsregioner): patients are spread within one before going national.
CREATE TABLE healthcare_region (
    code    text PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
    name    text NOT NULL UNIQUE
);

INSERT INTO healthcare_region (code, name) VALUES
    ('NORRA', 'Norra sjukvårdsregionen'),
    ('UPPSALA_OREBRO', 'Sjukvårdsregion Mellansverige (Uppsala-Örebro)'),
    ('STOCKHOLM_GOTLAND', 'Stockholm-Gotland sjukvårdsregion'),
    ('SYDOSTRA', 'Sydöstra sjukvårdsregionen'),
    ('SODRA', 'Södra sjukvårdsregionen'),
    ('VASTRA', 'Västra sjukvårdsregionen');

-- A region (län) by its official two-digit county code, 01 Stockholm … 25 Norrbotten.
CREATE TABLE region (
    code                     char(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name                     text NOT NULL UNIQUE,
    county_name              text NOT NULL,
    short_name               text NOT NULL,
    healthcare_region        text NOT NULL REFERENCES healthcare_region (code),
    -- Halland is split between two healthcare regions (south: Södra, north: Västra).
    second_healthcare_region text REFERENCES healthcare_region (code),
    seat_name                text NOT NULL,
    seat                     geography(Point, 4326) NOT NULL,
    boundary                 geography(MultiPolygon, 4326) NOT NULL,
    version                  bigint NOT NULL DEFAULT 0,
    CHECK (second_healthcare_region IS NULL OR second_healthcare_region <> healthcare_region)
);

CREATE INDEX region_boundary_gix ON region USING gist (boundary);
CREATE INDEX region_seat_gix ON region USING gist (seat);
