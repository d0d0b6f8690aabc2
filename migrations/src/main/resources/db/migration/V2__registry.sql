-- The resource registry: who owns what, where it is based, what it can carry, and whether it counts now.
-- Enumerations are text with CHECK constraints rather than PostgreSQL enum types: a new value is one
-- migration that replaces the constraint, and JDBC/JPA see plain strings.

-- Readiness levels on one ordered scale. Regional healthcare levels (normalläge … katastrofläge) come
-- first, national heightened readiness and war above them, so "counts from level X" is one comparison.
CREATE TABLE readiness_level (
    code    text PRIMARY KEY,
    rank    smallint NOT NULL UNIQUE,
    scope   text NOT NULL CHECK (scope IN ('REGIONAL', 'NATIONAL')),
    name_sv text NOT NULL,
    name_en text NOT NULL
);

INSERT INTO readiness_level (code, rank, scope, name_sv, name_en) VALUES
    ('NORMAL', 0, 'REGIONAL', 'Normalläge', 'Normal'),
    ('STAFF_MODE', 1, 'REGIONAL', 'Stabsläge', 'Staff mode'),
    ('REINFORCEMENT', 2, 'REGIONAL', 'Förstärkningsläge', 'Reinforcement'),
    ('DISASTER', 3, 'REGIONAL', 'Katastrofläge', 'Disaster'),
    ('HEIGHTENED_READINESS', 4, 'NATIONAL', 'Skärpt beredskap', 'Heightened readiness'),
    ('HIGHEST_READINESS', 5, 'NATIONAL', 'Högsta beredskap', 'Highest readiness'),
    ('WAR', 6, 'NATIONAL', 'Krig', 'War');

-- The level in force: one row per region (its code) and one row 'SE' for the nation.
CREATE TABLE readiness_in_force (
    scope      text PRIMARY KEY CHECK (scope = 'SE' OR scope ~ '^[0-9]{2}$'),
    level      text NOT NULL REFERENCES readiness_level (code),
    -- The level's rank, kept beside it so the "available now" test joins one table, not two.
    rank       smallint NOT NULL DEFAULT 0,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL DEFAULT 'system',
    reason     text NOT NULL DEFAULT 'initial state',
    version    bigint NOT NULL DEFAULT 0,
    CHECK (rank BETWEEN 0 AND 6)
);

CREATE FUNCTION readiness_in_force_rank() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT rank INTO NEW.rank FROM readiness_level WHERE code = NEW.level;
    RETURN NEW;
END $$;
CREATE TRIGGER readiness_in_force_rank_trg BEFORE INSERT OR UPDATE OF level ON readiness_in_force
    FOR EACH ROW EXECUTE FUNCTION readiness_in_force_rank();

-- Every change of level, never updated or deleted.
CREATE TABLE readiness_change (
    id         bigserial PRIMARY KEY,
    scope      text NOT NULL REFERENCES readiness_in_force (scope),
    from_level text NOT NULL REFERENCES readiness_level (code),
    to_level   text NOT NULL REFERENCES readiness_level (code),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL,
    reason     text NOT NULL CHECK (length(trim(reason)) > 0)
);
CREATE INDEX readiness_change_scope_idx ON readiness_change (scope, changed_at DESC);

-- The national row; the regions' rows come with the region reference data (R__registry_region_rows.sql),
-- because repeatable migrations run after the versioned ones on an empty database.
INSERT INTO readiness_in_force (scope, level) VALUES ('SE', 'NORMAL');

-- Capability vocabulary: resource kinds (with NIMS-style typed tiers) and equipment tags.
CREATE TABLE resource_kind (
    code             text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]*$'),
    name_sv          text NOT NULL,
    name_en          text NOT NULL,
    transport_mode   text CHECK (transport_mode IN ('ROAD_AMBULANCE', 'HELICOPTER', 'FIXED_WING', 'AMBULANCE_BUS', 'TAXI')),
    carries_patients boolean NOT NULL,
    military         boolean NOT NULL DEFAULT false
);

CREATE TABLE resource_kind_tier (
    kind        text NOT NULL REFERENCES resource_kind (code),
    tier        smallint NOT NULL CHECK (tier BETWEEN 1 AND 4),
    description text NOT NULL,
    PRIMARY KEY (kind, tier)
);

CREATE TABLE capability_tag (
    code    text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]*$'),
    name_sv text NOT NULL,
    name_en text NOT NULL
);

CREATE TABLE organisation (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code        text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,39}$'),
    name        text NOT NULL CHECK (length(trim(name)) > 0),
    sector      text NOT NULL CHECK (sector IN ('REGION', 'MUNICIPAL', 'PRIVATE', 'MILITARY', 'VOLUNTEER', 'STATE')),
    -- Null for national organisations (Försvarsmakten, Sjöfartsverket): only the national cell edits those.
    region_code char(2) REFERENCES region (code),
    sensitive   boolean NOT NULL DEFAULT false,
    retired_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint NOT NULL DEFAULT 0,
    CHECK (sector <> 'MILITARY' OR sensitive)
);
CREATE UNIQUE INDEX organisation_code_uq ON organisation (code);

CREATE TABLE base (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code            text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,59}$'),
    name            text NOT NULL CHECK (length(trim(name)) > 0),
    kind            text NOT NULL CHECK (kind IN ('AMBULANCE_STATION', 'AIR_BASE', 'HOSPITAL', 'DEPOT', 'RESCUE_STATION', 'MILITARY_BASE', 'OTHER')),
    region_code     char(2) NOT NULL REFERENCES region (code),
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    address         text,
    position        geography(Point, 4326) NOT NULL,
    sensitive       boolean NOT NULL DEFAULT false,
    retired_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX base_code_uq ON base (code);
CREATE INDEX base_position_gix ON base USING gist (position);

CREATE TABLE transport_unit (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    call_sign           text NOT NULL CHECK (length(trim(call_sign)) > 0),
    registration        text,
    kind                text NOT NULL REFERENCES resource_kind (code),
    tier                smallint CHECK (tier BETWEEN 1 AND 4),
    organisation_id     uuid NOT NULL REFERENCES organisation (id),
    home_region         char(2) NOT NULL REFERENCES region (code),
    base_id             uuid REFERENCES base (id),
    status              text NOT NULL CHECK (status IN ('AVAILABLE', 'ASSIGNED', 'IN_TRANSIT', 'AT_HOSPITAL', 'OUT_OF_SERVICE', 'RESERVE')),
    care_level          text NOT NULL CHECK (care_level IN ('NONE', 'BASIC', 'ADVANCED', 'INTENSIVE', 'SPECIALIST')),
    capacity_lying      smallint NOT NULL DEFAULT 0 CHECK (capacity_lying BETWEEN 0 AND 500),
    capacity_seated     smallint NOT NULL DEFAULT 0 CHECK (capacity_seated BETWEEN 0 AND 500),
    capacity_wheelchair smallint NOT NULL DEFAULT 0 CHECK (capacity_wheelchair BETWEEN 0 AND 500),
    capacity_incubator  smallint NOT NULL DEFAULT 0 CHECK (capacity_incubator BETWEEN 0 AND 50),
    crew_competence     text[] NOT NULL DEFAULT '{}',
    capabilities        text[] NOT NULL DEFAULT '{}',
    operating_hours     text NOT NULL DEFAULT '24/7',
    dispatch_by         text,
    -- Availability per readiness level: the unit counts as available from this level upwards.
    available_from      text NOT NULL DEFAULT 'NORMAL' REFERENCES readiness_level (code),
    available_from_rank smallint NOT NULL DEFAULT 0,
    position            geography(Point, 4326),
    sensitive           boolean NOT NULL DEFAULT false,
    last_confirmed_at   timestamptz NOT NULL DEFAULT now(),
    retired_at          timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0
);

-- The rank travels with the code so "available now" is one integer comparison in the hot query.
CREATE FUNCTION transport_unit_available_from_rank() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT rank INTO NEW.available_from_rank FROM readiness_level WHERE code = NEW.available_from;
    RETURN NEW;
END $$;
CREATE TRIGGER transport_unit_available_from_rank_trg
    BEFORE INSERT OR UPDATE OF available_from ON transport_unit
    FOR EACH ROW EXECUTE FUNCTION transport_unit_available_from_rank();

-- A call sign names one unit in service; retired units keep theirs in history.
CREATE UNIQUE INDEX transport_unit_call_sign_uq ON transport_unit (upper(call_sign)) WHERE retired_at IS NULL;
CREATE INDEX transport_unit_position_gix ON transport_unit USING gist (position) WHERE retired_at IS NULL;
CREATE INDEX transport_unit_capabilities_gin ON transport_unit USING gin (capabilities);
CREATE INDEX transport_unit_region_kind_idx ON transport_unit (home_region, kind) WHERE retired_at IS NULL;
CREATE INDEX transport_unit_confirmed_idx ON transport_unit (home_region, last_confirmed_at) WHERE retired_at IS NULL;
CREATE INDEX transport_unit_call_sign_idx ON transport_unit (call_sign, id);
CREATE INDEX transport_unit_organisation_idx ON transport_unit (organisation_id);
CREATE INDEX transport_unit_base_idx ON transport_unit (base_id);

-- How often each region must confirm its inventory, and when it last did so as a whole.
CREATE TABLE inventory_policy (
    region_code            char(2) PRIMARY KEY REFERENCES region (code),
    confirmation_interval  interval NOT NULL DEFAULT interval '30 days' CHECK (confirmation_interval > interval '0'),
    inventory_confirmed_at timestamptz,
    inventory_confirmed_by text,
    version                bigint NOT NULL DEFAULT 0
);

-- Audit: who changed what, before and after, written in the same transaction as the change.
CREATE TABLE audit_entry (
    id          bigserial PRIMARY KEY,
    entity_type text NOT NULL,
    entity_id   uuid NOT NULL,
    action      text NOT NULL,
    actor       text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    region_code char(2),
    sensitive   boolean NOT NULL DEFAULT false,
    before      jsonb,
    after       jsonb
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, id);

-- Every read of a sensitive record: who saw which record, when, through which door.
CREATE TABLE sensitive_access_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    roles       text NOT NULL,
    entity_type text NOT NULL,
    entity_id   uuid NOT NULL,
    access      text NOT NULL
);
CREATE INDEX sensitive_access_log_entity_idx ON sensitive_access_log (entity_type, entity_id, at);

-- Imports run in the background; their progress lives here so any instance can answer about it.
CREATE TABLE import_job (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity_type   text NOT NULL,
    format        text NOT NULL,
    dry_run       boolean NOT NULL,
    state         text NOT NULL CHECK (state IN ('QUEUED', 'CHECKING', 'APPLYING', 'SUCCEEDED', 'FAILED')),
    requested_by  text NOT NULL,
    region_scope  char(2),
    rows_checked  integer NOT NULL DEFAULT 0,
    rows_applied  integer NOT NULL DEFAULT 0,
    rows_total    integer,
    created       integer NOT NULL DEFAULT 0,
    updated       integer NOT NULL DEFAULT 0,
    error_count   integer NOT NULL DEFAULT 0,
    errors        jsonb NOT NULL DEFAULT '[]',
    message       text,
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);

-- A unit as the audit trail records it, in the same shape (camelCase, nulls left out) as the API's unit,
-- for changes made in bulk by SQL (imports, inventory confirmation) rather than one by one.
CREATE FUNCTION unit_audit_json(u transport_unit) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'id', u.id, 'callSign', u.call_sign, 'registration', u.registration, 'kind', u.kind, 'tier', u.tier,
        'organisation', (SELECT jsonb_build_object('code', o.code, 'name', o.name, 'sector', o.sector)
                         FROM organisation o WHERE o.id = u.organisation_id),
        'homeRegion', u.home_region,
        'base', (SELECT jsonb_build_object('code', b.code, 'name', b.name) FROM base b WHERE b.id = u.base_id),
        'status', u.status, 'careLevel', u.care_level,
        'capacity', jsonb_build_object('lying', u.capacity_lying, 'seated', u.capacity_seated,
                                       'wheelchair', u.capacity_wheelchair, 'incubator', u.capacity_incubator),
        'crew', to_jsonb(u.crew_competence), 'capabilities', to_jsonb(u.capabilities),
        'operatingHours', u.operating_hours, 'dispatchBy', u.dispatch_by, 'availableFrom', u.available_from,
        'position', CASE WHEN u.position IS NULL THEN NULL ELSE jsonb_build_object(
                        'latitude', ST_Y(u.position::geometry), 'longitude', ST_X(u.position::geometry)) END,
        'sensitive', u.sensitive, 'lastConfirmedAt', u.last_confirmed_at, 'retiredAt', u.retired_at,
        'version', u.version))
$$;
