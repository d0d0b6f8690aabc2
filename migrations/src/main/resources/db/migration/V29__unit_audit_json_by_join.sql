-- The unit's audit shape, fed its organisation and base by the caller instead of looking them up itself.
--
-- The one-argument version ran two subqueries per unit, which keeps PostgreSQL from inlining a SQL
-- function: every call went through the function executor, ~40 µs of CPU per unit, four seconds of a
-- 100 000-row import (docs/benchmarks.md). Without subqueries the body is inlined into the import's
-- statements, which join organisation and base once by hash: under a second for the same rows.
-- The shape is unchanged (camelCase, nulls left out, as the API's unit); ImportApplierIT compares it.
CREATE FUNCTION unit_audit_json(u transport_unit, o organisation, b base) RETURNS jsonb
    LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'id', u.id, 'callSign', u.call_sign, 'registration', u.registration, 'kind', u.kind, 'tier', u.tier,
        'organisation', CASE WHEN o.id IS NULL THEN NULL
                             ELSE jsonb_build_object('code', o.code, 'name', o.name, 'sector', o.sector) END,
        'homeRegion', u.home_region,
        'base', CASE WHEN b.id IS NULL THEN NULL ELSE jsonb_build_object('code', b.code, 'name', b.name) END,
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

-- Kept for reading the trail by hand (one unit at a time); the shape has one definition, above.
CREATE OR REPLACE FUNCTION unit_audit_json(u transport_unit) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT unit_audit_json(u, (SELECT o FROM organisation o WHERE o.id = u.organisation_id),
                              (SELECT b FROM base b WHERE b.id = u.base_id))
$$;
