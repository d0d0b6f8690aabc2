/** REST resources for reading and changing readiness levels. */
package se.samverkan.readiness.api;
