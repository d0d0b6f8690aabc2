-- A region's inventory list, sorted by call sign (the default) and paged by keyset, reads its rows in this
-- index's order. Without it PostgreSQL walked the national call-sign index and filtered by region: call
-- signs begin with the region's letters, so the last regions' pages passed ~98 000 other units first
-- (80 ms for one page of a region's taxis in the registry benchmark; docs/benchmarks.md).
CREATE INDEX transport_unit_region_call_sign_idx ON transport_unit (home_region, call_sign, id)
    WHERE retired_at IS NULL;
