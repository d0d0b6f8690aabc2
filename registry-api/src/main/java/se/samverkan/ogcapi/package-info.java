/**
 * OGC API – Features for GIS clients (QGIS, GDAL), served at {@code /ogcapi}: the collection source interface
 * ({@link se.samverkan.ogcapi.FeatureSource}) every published layer implements, the query values it receives
 * (bounding box, time interval, paging, caller) and the coordinate reference systems offered
 * ({@link se.samverkan.ogcapi.OgcCrs}). Resources and wire formats are in {@code api}, the sources in
 * {@code collections}.
 */
package se.samverkan.ogcapi;
