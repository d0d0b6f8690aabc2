/**
 * Travel times per transport mode: the {@link se.samverkan.gis.travel.TravelTimeModel} interface every caller
 * uses, and the built-in estimates behind it (distance, detour factor, speeds, air legs).
 */
package se.samverkan.gis.travel;
