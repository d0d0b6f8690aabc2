/**
 * The command line of the transfer advisor ({@code ./samverkan leon advise …}, {@code ./samverkan leon whatif
 * year.csv policy.json}): argument parsing and the plain-text reports coordinators read.
 */
package se.samverkan.transfer.cli;
