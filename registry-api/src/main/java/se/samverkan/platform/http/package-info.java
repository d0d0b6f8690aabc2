/**
 * HTTP conventions every resource shares: entity tags from versions, If-Match, coordinate parameters; the
 * base of endpoints served as plain servlets (JsonReadServlet, decision 0007); and
 * what every HTTP exchange gets, whatever serves it (JAX-RS, static UI files, error pages): security
 * headers, CORS closed unless configured, and request body size limits.
 */
package se.samverkan.platform.http;
