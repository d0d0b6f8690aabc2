/**
 * MicroProfile Health checks: liveness says the process works, readiness says it can serve requests
 * (database reachable and schema up to date, signing keys fetched), so a load balancer sends traffic only where it can succeed.
 */
package se.samverkan.platform.health;
