/**
 * Transfer advice (lowest effective care level) as a capability of the application: turns an API request
 * into a transfer for the {@code transfer-advisor} library, with the packaged hospital list, the GIS
 * travel-time model and the region's cost model, and turns bad input into problem details naming the field.
 */
package se.samverkan.transfers;
