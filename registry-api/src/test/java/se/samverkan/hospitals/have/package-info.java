/** Tests of the EDXL-HAVE reader and writer: round trip, schema validation and hostile XML. */
package se.samverkan.hospitals.have;
