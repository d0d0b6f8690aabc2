/**
 * What every capability of the application shares: the JAX-RS application, problem details, persistence
 * plumbing, health checks and schema migration at start. No domain rules live here.
 */
package se.samverkan.platform;
