/**
 * Hospitals the advisor can resolve by code: the Swedish emergency hospitals reference list
 * ({@code migrations/reference/hospitals.csv}, packaged into this module) or any CSV of the same shape.
 */
package se.samverkan.transfer.hospital;
