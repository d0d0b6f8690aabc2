-- Hospital capacity as reported, one row per report: nothing is overwritten, so the coordination cell sees
-- the trend and the report history doubles as the audit of capacity (who, when, before = previous report).

CREATE TABLE capacity_report (
    id                    bigserial PRIMARY KEY,
    hospital_code         text NOT NULL REFERENCES hospital (code),
    -- When the hospital says the figures were true; staleness counts from here.
    reported_at           timestamptz NOT NULL,
    -- When the registry stored the report (server clock).
    received_at           timestamptz NOT NULL DEFAULT now(),
    -- The caller's audit name (name and subject of the token).
    reporter              text NOT NULL,
    source                text NOT NULL CHECK (source IN ('API', 'EDXL_HAVE')),
    -- EDXL-HAVE EMSTrafficStatus: whether ambulances may bring patients to the emergency department.
    emergency_department  text NOT NULL
        CHECK (emergency_department IN ('NORMAL', 'ADVISORY', 'CLOSED', 'NOT_APPLICABLE')),
    emergency_department_reason text,
    -- EDXL-HAVE HospitalFacilityStatus.
    facility_state        text NOT NULL CHECK (facility_state IN ('NORMAL', 'COMPROMISED', 'EVACUATING', 'CLOSED')),
    comment               text,
    -- The report this one replaced (the audit's "before"); NULL for a hospital's first report.
    previous_report_id    bigint REFERENCES capacity_report (id)
);

-- The current report of a hospital is its latest by reported_at (then id): served by this index.
CREATE INDEX capacity_report_latest_idx ON capacity_report (hospital_code, reported_at DESC, id DESC);

-- Bed capacity per care category within one report (EDXL-HAVE BedCapacity/Capacity).
CREATE TABLE bed_capacity (
    report_id       bigint NOT NULL REFERENCES capacity_report (id),
    category        text NOT NULL CHECK (category IN ('MAJOR_TRAUMA', 'BURNS', 'ICU_ADULT', 'ICU_PAEDIATRIC',
                        'ICU_NEONATAL', 'PAEDIATRIC', 'NEUROSURGERY', 'GENERAL_WARD', 'PSYCHIATRIC')),
    available       integer NOT NULL CHECK (available >= 0),
    baseline        integer NOT NULL CHECK (baseline >= 0),
    additional_24h  integer NOT NULL CHECK (additional_24h >= 0),
    additional_72h  integer NOT NULL CHECK (additional_72h >= 0),
    -- Why more beds are available than baseline plus surge (e.g. a field ward); required in that case.
    over_capacity_reason text,
    PRIMARY KEY (report_id, category),
    CHECK (available <= baseline + greatest(additional_24h, additional_72h)
           OR length(btrim(coalesce(over_capacity_reason, ''))) > 0)
);

CREATE INDEX bed_capacity_category_idx ON bed_capacity (category, report_id) WHERE available > 0;

-- Changes to hospitals and receiving facilities through the API: who, when, before and after, written in the
-- same transaction as the change. (Capacity is audited by capacity_report itself.)
CREATE TABLE hospital_audit (
    id              bigserial PRIMARY KEY,
    hospital_code   text NOT NULL REFERENCES hospital (code),
    changed_at      timestamptz NOT NULL DEFAULT now(),
    changed_by      text NOT NULL,
    action          text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    before          jsonb,
    after           jsonb
);

CREATE INDEX hospital_audit_hospital_idx ON hospital_audit (hospital_code, changed_at);
