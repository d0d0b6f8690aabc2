/** The OGC API on a real Payara Micro: HTTP checks and GDAL's OAPIF driver as an independent client. */
package se.samverkan.ogcapi.api;
