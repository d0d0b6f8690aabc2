-- Incidents (särskild händelse) with their casualties, as the national coordination cell records them for
-- mass-casualty planning (issue 7). One location per incident; casualties counted per triage, care need and
-- posture. Closed incidents stay, with their history in audit_entry (entity_type 'incident').
CREATE TABLE incident (
    id             uuid PRIMARY KEY,
    name           text NOT NULL CHECK (length(trim(name)) > 0),
    description    text,
    location       geography(Point, 4326) NOT NULL,
    region_code    char(2) NOT NULL REFERENCES region (code),
    -- true: the region was found from the location (point in region outline); false: the caller named it.
    region_located boolean NOT NULL,
    ready_at       timestamptz NOT NULL,
    status         text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text NOT NULL,
    closed_at      timestamptz,
    closed_by      text,
    version        bigint NOT NULL DEFAULT 1,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE INDEX incident_open_idx ON incident (created_at) WHERE status = 'OPEN';

-- Casualties of an incident: how many patients of one triage, care need and posture, ready from when.
CREATE TABLE incident_casualty (
    incident_id uuid NOT NULL REFERENCES incident (id),
    triage      text NOT NULL CHECK (triage IN ('P1', 'P2', 'P3')),
    care_need   text NOT NULL CHECK (care_need IN ('TRAUMA', 'BURNS', 'INTENSIVE_CARE', 'PAEDIATRIC', 'NEUROSURGERY', 'GENERAL')),
    lying       boolean NOT NULL,
    count       integer NOT NULL CHECK (count BETWEEN 0 AND 1000000),
    -- Null: ready from the incident's ready_at.
    ready_at    timestamptz
);
CREATE INDEX incident_casualty_incident_idx ON incident_casualty (incident_id);
