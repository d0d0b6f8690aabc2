/** Travel times for the application: produces the {@link se.samverkan.gis.travel.TravelTimeModel} every capability uses. */
package se.samverkan.platform.travel;
