/**
 * Advice for one transfer: every transport mode assessed (medically adequate? allowed at this priority?
 * reachable? in time?), with cost and arrival, cheapest adequate first, and why each other mode was ruled
 * out. Reasons are English with the Swedish mode names coordinators use.
 */
package se.samverkan.transfer.advice;
