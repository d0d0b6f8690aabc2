/** HTTP conventions every resource shares: entity tags from versions, If-Match, coordinate parameters. */
package se.samverkan.platform.http;
