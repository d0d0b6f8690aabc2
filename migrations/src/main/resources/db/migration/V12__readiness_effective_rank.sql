-- Numbered after the hospital migrations (V10, V11) that databases already hold, so it applies in order.
-- The rank a region's units are counted at — the higher of the region's own level and the national level —
-- kept on the region's row. Every unit read then joins one readiness row instead of two, which more than
-- halved the planning time of the hot searches (docs/benchmarks.md, "Registry").
ALTER TABLE readiness_in_force ADD COLUMN effective_rank smallint NOT NULL DEFAULT 0
    CHECK (effective_rank BETWEEN 0 AND 6);

-- Runs after readiness_in_force_rank_trg (triggers fire in name order), so NEW.rank is already set.
CREATE FUNCTION readiness_in_force_effective_rank() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.scope = 'SE' THEN
        NEW.effective_rank := NEW.rank;
    ELSE
        NEW.effective_rank := GREATEST(NEW.rank,
            COALESCE((SELECT rank FROM readiness_in_force WHERE scope = 'SE'), 0));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER readiness_in_force_s_effective_rank_trg BEFORE INSERT OR UPDATE ON readiness_in_force
    FOR EACH ROW EXECUTE FUNCTION readiness_in_force_effective_rank();

-- A national change reaches every region in the same transaction (the row trigger above recomputes each).
CREATE FUNCTION readiness_in_force_national_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE readiness_in_force SET effective_rank = effective_rank WHERE scope <> 'SE';
    RETURN NULL;
END $$;
CREATE TRIGGER readiness_in_force_national_trg AFTER UPDATE OF level ON readiness_in_force
    FOR EACH ROW WHEN (NEW.scope = 'SE' AND NEW.rank IS DISTINCT FROM OLD.rank)
    EXECUTE FUNCTION readiness_in_force_national_changed();

UPDATE readiness_in_force SET effective_rank = effective_rank;

-- How long a unit's confirmation holds: the region's interval, at most a day from katastrofläge (rank 3)
-- upwards. One definition for every query that flags stale records; inlined by the planner.
CREATE FUNCTION confirmation_interval_in_force(policy interval, effective_rank smallint) RETURNS interval
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN effective_rank >= 3 THEN LEAST(policy, interval '1 day') ELSE policy END;

-- The nearest-unit search walks only units that can be available: a third fewer index entries to skip.
CREATE INDEX transport_unit_available_position_gix ON transport_unit USING gist (position)
    WHERE retired_at IS NULL AND status = 'AVAILABLE';
