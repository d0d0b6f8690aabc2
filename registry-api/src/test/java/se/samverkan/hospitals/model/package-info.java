/** Tests of the hospitals' value objects and their invariants. */
package se.samverkan.hospitals.model;
