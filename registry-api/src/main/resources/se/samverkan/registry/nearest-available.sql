-- The N nearest units available now (status AVAILABLE and counted at the readiness in force in their home
-- region) that have every capability asked for. KNN on the GiST index (<->) orders by distance.
-- :cleared is true for callers who may see sensitive units; :kinds = '{}' means any kind.
-- The same text is run by benchmarks' pgbench script, so both measure one query.
SELECT u.id, u.call_sign, u.registration, u.kind, u.tier, o.code AS org_code, o.name AS org_name, o.sector,
       u.home_region, b.code AS base_code, b.name AS base_name, u.status, u.care_level,
       u.capacity_lying, u.capacity_seated, u.capacity_wheelchair, u.capacity_incubator,
       u.crew_competence, u.capabilities, u.operating_hours, u.dispatch_by, u.available_from,
       true AS available_now,
       ST_Y(u.position::geometry) AS lat, ST_X(u.position::geometry) AS lon, u.sensitive, u.last_confirmed_at,
       (u.last_confirmed_at < now() - CASE WHEN GREATEST(rr.rank, nat.rank) >= 3
                                          THEN LEAST(p.confirmation_interval, interval '1 day')
                                          ELSE p.confirmation_interval END) AS stale,
       u.retired_at, u.version,
       ST_Distance(u.position, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, false) AS distance
FROM transport_unit u
JOIN organisation o ON o.id = u.organisation_id
LEFT JOIN base b ON b.id = u.base_id
JOIN readiness_in_force rr ON rr.scope = u.home_region
JOIN inventory_policy p ON p.region_code = u.home_region
CROSS JOIN (SELECT rank FROM readiness_in_force WHERE scope = 'SE') nat
WHERE u.retired_at IS NULL
  AND u.position IS NOT NULL
  AND u.status = 'AVAILABLE'
  AND u.available_from_rank <= GREATEST(rr.rank, nat.rank)
  AND u.capabilities @> CAST(:caps AS text[])
  AND (CAST(:kinds AS text[]) = '{}' OR u.kind = ANY (CAST(:kinds AS text[])))
  AND (CAST(:cleared AS boolean) OR NOT u.sensitive)
ORDER BY u.position <-> ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography
LIMIT :n
