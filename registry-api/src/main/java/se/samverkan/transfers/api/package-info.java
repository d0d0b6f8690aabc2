/** REST resource {@code POST /api/transfers/advice} and the JSON shapes it exchanges. */
package se.samverkan.transfers.api;
