/**
 * Travel times per transport mode: the {@link se.samverkan.gis.travel.TravelTimeModel} interface every caller
 * uses, and the built-in estimates behind it ({@link se.samverkan.gis.travel.EstimatedTravelTimes}: distance,
 * detour factor, speed bands, air legs), their parameters in one record
 * ({@link se.samverkan.gis.travel.TravelTimeParameters}) and the airports fixed-wing journeys use.
 */
package se.samverkan.gis.travel;
