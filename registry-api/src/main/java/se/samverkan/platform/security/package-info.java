/**
 * Who is calling and what they may do: role names, the {@link se.samverkan.platform.security.Caller} built
 * from the verified token, and the rules that scope writes to a region and hide sensitive records.
 */
package se.samverkan.platform.security;
