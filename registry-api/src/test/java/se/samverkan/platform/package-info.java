/** Integration tests of the shared platform: health, problem details, behaviour without a database. */
package se.samverkan.platform;
