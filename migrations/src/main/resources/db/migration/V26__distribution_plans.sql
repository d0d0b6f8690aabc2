-- Mass-casualty distribution plans (issue 7): one row per planning run, from the request to the plan, kept
-- so a plan survives a restart and any instance can answer about it. Status moves QUEUED → RUNNING →
-- SUCCEEDED | FAILED | CANCELLED; a run whose instance stops showing signs of life (heartbeat_at) is FAILED
-- by the next instance that looks (at start-up and periodically). JSON columns hold what only the planning
-- capability reads; the columns a query needs are plain.
CREATE TABLE distribution_plan (
    id               uuid PRIMARY KEY,
    previous_plan_id uuid REFERENCES distribution_plan (id),
    status           text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    phase            text,
    fraction         double precision NOT NULL DEFAULT 0 CHECK (fraction BETWEEN 0 AND 1),
    requested_by     text NOT NULL,
    requested_at     timestamptz NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    -- The instance that runs the plan and its last sign of life (written while QUEUED and RUNNING).
    runner           text,
    heartbeat_at     timestamptz NOT NULL DEFAULT now(),
    cancel_requested boolean NOT NULL DEFAULT false,
    incident_ids     uuid[] NOT NULL DEFAULT '{}',
    -- What was asked: incidents, policy overrides, time limit; for a re-plan the events.
    request          jsonb NOT NULL,
    -- What went into the problem, in short: counts, and what the registry holds but the problem leaves out.
    input            jsonb NOT NULL,
    -- The planner's input in the scenario format of docs/planner-format.md (full precision).
    problem          jsonb NOT NULL,
    -- The registry facts behind the input: units with call sign and version, hospitals with names and
    -- staleness, casualty groups with their incidents, what was left out and why.
    context          jsonb NOT NULL,
    -- The plan as the planner returned it (full precision; read back for re-planning and acceptance).
    result           jsonb,
    -- The plan as GET /api/plans/{id} shows it, with an explanation per assignment.
    view             jsonb,
    -- FAILED or CANCELLED: {"message": …, "errors": [{"field": …, "reason": …}]}.
    error            jsonb,
    -- Holds sensitive (military) units: only callers cleared for them may read the plan.
    sensitive        boolean NOT NULL DEFAULT false,
    accepted_at      timestamptz,
    accepted_by      text,
    -- After acceptance: the units and the versions the acceptance left them at.
    accepted_units   jsonb,
    version          bigint NOT NULL DEFAULT 1
);
CREATE INDEX distribution_plan_requested_idx ON distribution_plan (requested_at DESC, id);
CREATE INDEX distribution_plan_active_idx ON distribution_plan (heartbeat_at) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX distribution_plan_previous_idx ON distribution_plan (previous_plan_id);
