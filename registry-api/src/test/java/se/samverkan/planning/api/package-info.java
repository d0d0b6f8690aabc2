/** The planning API end to end: incidents, plans, acceptance and re-planning against PostGIS, Keycloak and Payara Micro. */
package se.samverkan.planning.api;
