/**
 * The independent plan validator: checks a plan against its problem with its own arithmetic and its own
 * calls to the travel-time model, sharing no code with the optimiser.
 */
package se.samverkan.planner.validation;
