/**
 * The planning library: the input model of a mass-casualty event (casualty groups, hospitals, transport),
 * and later the optimiser, its lower bound and the independent plan validator. Plain Java values in and
 * out; no container, no database.
 */
package se.samverkan.planner;
