/** Tests of the hospitals capability: rules in plain Java, the API end to end against PostGIS and Payara Micro. */
package se.samverkan.hospitals;
