/**
 * The collections the OGC API publishes, one {@link se.samverkan.ogcapi.FeatureSource} each, reading through
 * the owning capability's service: regions now; units, bases and hospitals join here when their
 * capabilities land.
 */
package se.samverkan.ogcapi.collections;
