/**
 * OASIS EDXL-HAVE 1.0 (hospital availability exchange) in and out: a hardened XML reader validated against
 * the schema shipped with it, and a writer. Plain Java (JAXP), no container.
 */
package se.samverkan.hospitals.have;
