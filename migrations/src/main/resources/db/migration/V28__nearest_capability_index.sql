-- The nearest-unit search filters on capabilities inside its GiST walk instead of on the table rows.
-- Before, the KNN scan returned every available unit by distance and PostgreSQL fetched each row to test
-- its tags: for a tag one unit in twenty has (defibrillator) that was 40-520 row visits per search and
-- most of the statement's time. A second index column holding the unit's tags lets the walk skip
-- unsuitable units on the index page itself.
--
-- GiST has no operator class for text[]; intarray (a trusted contrib extension) has one for int[]. Tags
-- are therefore keyed by hashtext(tag). That is exact, not approximate, because two rules hold together:
-- no two tags of the vocabulary share a key (unique index below, so adding a colliding tag fails loudly),
-- and only vocabulary tags reach units and searches (the API refuses unknown tags on writes, imports and
-- searches). An upgrade to a PostgreSQL whose hashtext differs would need REINDEX, like any hash index.
CREATE EXTENSION IF NOT EXISTS intarray;

CREATE FUNCTION capability_keys(tags text[]) RETURNS integer[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN ARRAY(SELECT DISTINCT hashtext(t) FROM unnest(tags) AS t WHERE t IS NOT NULL ORDER BY 1);

CREATE UNIQUE INDEX capability_tag_key_uq ON capability_tag (hashtext(code));

-- Same rows as the index it replaces (units that can be available), ordered by place first so the KNN
-- walk stays a walk by distance; the tag keys only prune.
CREATE INDEX transport_unit_available_knn_gix ON transport_unit
    USING gist (position, capability_keys(capabilities) gist__int_ops)
    WHERE retired_at IS NULL AND status = 'AVAILABLE';
DROP INDEX transport_unit_available_position_gix;
