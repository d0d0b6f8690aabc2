/**
 * Bulk exchange of the inventory: the unit table shared by CSV and GeoJSON, a streaming RFC 4180 reader
 * and writer, and the import that checks every row before it applies all of them or none.
 */
package se.samverkan.registry.exchange;
