/**
 * Lowest effective care level (LEON) for secondary transfers: for one transfer, which transport modes are
 * medically adequate and in time, what each costs and when it arrives, cheapest adequate first; over a year
 * of transfers, what a change of transport policy would have saved. Plain Java: no JPA, JAX-RS or CDI.
 */
package se.samverkan.transfer;
