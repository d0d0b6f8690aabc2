-- The N nearest units available now (status AVAILABLE and counted at the readiness in force in their home
-- region) that have every capability asked for. KNN on the GiST index (<->) orders by distance.
-- :cleared is true for callers who may see sensitive units; :kinds = '{}' means any kind.
-- The search runs on the units and their readiness alone and the other tables join to its N rows: a
-- smaller join for the planner, which plans every execution with its values (plan_cache_mode).
-- Capabilities are compared by their keys so the GiST index tests them during its walk (V28 says why
-- comparing keys is exact); written without the text[] test beside it, whose estimate would multiply in
-- and make PostgreSQL sort instead of walking the index.
-- The same text is run by benchmarks' pgbench script, so both measure one query.
SELECT u.id, u.call_sign, u.registration, u.kind, u.tier, o.code AS org_code, o.name AS org_name, o.sector,
       u.home_region, b.code AS base_code, b.name AS base_name, u.status, u.care_level,
       u.capacity_lying, u.capacity_seated, u.capacity_wheelchair, u.capacity_incubator,
       u.crew_competence, u.capabilities, u.operating_hours, u.dispatch_by, u.available_from,
       true AS available_now,
       ST_Y(u.position::geometry) AS lat, ST_X(u.position::geometry) AS lon, u.sensitive, u.last_confirmed_at,
       (u.last_confirmed_at < now() - confirmation_interval_in_force(p.confirmation_interval, u.effective_rank)) AS stale,
       u.retired_at, u.version,
       ST_Distance(u.position, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, false) AS distance
FROM (SELECT n.*, rr.effective_rank
      FROM transport_unit n
      JOIN readiness_in_force rr ON rr.scope = n.home_region
      WHERE n.retired_at IS NULL
        AND n.position IS NOT NULL
        AND n.status = 'AVAILABLE'
        AND n.available_from_rank <= rr.effective_rank
        AND capability_keys(n.capabilities) @> capability_keys(CAST(:caps AS text[]))
        AND (CAST(:kinds AS text[]) = '{}' OR n.kind = ANY (CAST(:kinds AS text[])))
        AND (CAST(:cleared AS boolean) OR NOT n.sensitive)
      ORDER BY n.position <-> ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography
      LIMIT :n) u
JOIN organisation o ON o.id = u.organisation_id
LEFT JOIN base b ON b.id = u.base_id
JOIN inventory_policy p ON p.region_code = u.home_region
ORDER BY u.position <-> ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography
