/** Tests of the hospitals REST API: request parsing, and the API end to end with real tokens. */
package se.samverkan.hospitals.api;
