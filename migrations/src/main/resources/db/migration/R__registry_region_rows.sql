-- Every region gets its readiness row (normalläge) and its inventory policy (confirm every 30 days).
-- Runs after R__region_reference_data.sql (repeatables run in description order) and never overwrites a
-- level or policy a region has already set.
INSERT INTO readiness_in_force (scope, level) SELECT code, 'NORMAL' FROM region ON CONFLICT (scope) DO NOTHING;
INSERT INTO inventory_policy (region_code) SELECT code FROM region ON CONFLICT (region_code) DO NOTHING;
