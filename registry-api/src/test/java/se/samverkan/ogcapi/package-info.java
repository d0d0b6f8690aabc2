/** Tests of the OGC API: CRS and time values in plain unit tests, the service end to end in {@code api}. */
package se.samverkan.ogcapi;
