-- The columns and joins every unit read shares (list, search, single record, export). Kept in one file so
-- the API, the benchmark's pgbench script and a reader of the code all see the same query.
SELECT u.id, u.call_sign, u.registration, u.kind, u.tier, o.code AS org_code, o.name AS org_name, o.sector,
       u.home_region, b.code AS base_code, b.name AS base_name, u.status, u.care_level,
       u.capacity_lying, u.capacity_seated, u.capacity_wheelchair, u.capacity_incubator,
       u.crew_competence, u.capabilities, u.operating_hours, u.dispatch_by, u.available_from,
       (u.retired_at IS NULL AND u.status = 'AVAILABLE' AND u.available_from_rank <= GREATEST(rr.rank, nat.rank)) AS available_now,
       ST_Y(u.position::geometry) AS lat, ST_X(u.position::geometry) AS lon, u.sensitive, u.last_confirmed_at,
       (u.last_confirmed_at < now() - CASE WHEN GREATEST(rr.rank, nat.rank) >= 3
                                          THEN LEAST(p.confirmation_interval, interval '1 day')
                                          ELSE p.confirmation_interval END) AS stale,
       u.retired_at, u.version
FROM transport_unit u
JOIN organisation o ON o.id = u.organisation_id
LEFT JOIN base b ON b.id = u.base_id
JOIN readiness_in_force rr ON rr.scope = u.home_region
JOIN inventory_policy p ON p.region_code = u.home_region
CROSS JOIN (SELECT rank FROM readiness_in_force WHERE scope = 'SE') nat
