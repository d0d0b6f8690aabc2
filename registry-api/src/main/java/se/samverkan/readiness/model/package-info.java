/** Readiness levels (regional preparedness levels, national heightened readiness and war) and their changes. */
package se.samverkan.readiness.model;
