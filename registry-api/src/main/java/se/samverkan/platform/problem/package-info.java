/**
 * RFC 9457 problem details: every error the API returns is an {@code application/problem+json} body that
 * names what went wrong and, for bad input, each offending field with the reason.
 */
package se.samverkan.platform.problem;
