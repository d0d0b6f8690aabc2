/** What the integration tests share: the deployed application, an HTTP client and JSON helpers. */
package se.samverkan.testing;
