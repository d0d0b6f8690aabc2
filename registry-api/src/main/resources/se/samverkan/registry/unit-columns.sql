-- The columns and joins every unit read shares (list, search, single record, export). Kept in one file so
-- the API, the benchmark's pgbench script and a reader of the code all see the same query.
-- rr is the unit's home region's readiness row; its effective_rank already counts the national level.
SELECT u.id, u.call_sign, u.registration, u.kind, u.tier, o.code AS org_code, o.name AS org_name, o.sector,
       u.home_region, b.code AS base_code, b.name AS base_name, u.status, u.care_level,
       u.capacity_lying, u.capacity_seated, u.capacity_wheelchair, u.capacity_incubator,
       u.crew_competence, u.capabilities, u.operating_hours, u.dispatch_by, u.available_from,
       (u.retired_at IS NULL AND u.status = 'AVAILABLE' AND u.available_from_rank <= rr.effective_rank) AS available_now,
       ST_Y(u.position::geometry) AS lat, ST_X(u.position::geometry) AS lon, u.sensitive, u.last_confirmed_at,
       (u.last_confirmed_at < now() - confirmation_interval_in_force(p.confirmation_interval, rr.effective_rank)) AS stale,
       u.retired_at, u.version
FROM transport_unit u
JOIN organisation o ON o.id = u.organisation_id
LEFT JOIN base b ON b.id = u.base_id
JOIN readiness_in_force rr ON rr.scope = u.home_region
JOIN inventory_policy p ON p.region_code = u.home_region
