/** Tests of the planning capability: mapping of registry records to the planner's input, request parsing, storage codecs; the API in {@code PlanningApiIT}. */
package se.samverkan.planning;
