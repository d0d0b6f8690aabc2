/**
 * Which region a point lies in: region polygons read from GeoJSON ({@link se.samverkan.gis.region.RegionAreas})
 * and the lookup over them ({@link se.samverkan.gis.region.RegionLocator}), which answers the nearest region,
 * and says so, for points the simplified polygons miss.
 */
package se.samverkan.gis.region;
