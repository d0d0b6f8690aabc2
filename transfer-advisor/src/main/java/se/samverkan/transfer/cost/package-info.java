/**
 * What a transport mode costs in a region and which patients it may carry: the cost model, read from JSON
 * ({@code cost-model-defaults.json} with per-region overrides {@code cost-model-<county code>.json}), and
 * the cost of one trip broken down into charge, distance and staff time. Fixed annual costs are reported
 * apart, since one transfer does not change them.
 */
package se.samverkan.transfer.cost;
