/**
 * Hospitals and their live capacity: the directory of emergency hospitals and receiving facilities
 * ({@link se.samverkan.hospitals.HospitalDirectory}), capacity reporting with history and staleness
 * ({@link se.samverkan.hospitals.CapacityReporting}) and the fan-out of capacity changes to every
 * application instance through PostgreSQL LISTEN/NOTIFY ({@link se.samverkan.hospitals.CapacityNotifications}).
 */
package se.samverkan.hospitals;
