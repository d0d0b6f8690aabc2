/**
 * Readiness: the level in force nationally and per region, who changed it and why, and what that level
 * means for which units count as available.
 */
package se.samverkan.readiness;
