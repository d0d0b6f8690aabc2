/**
 * The national coordination UI: the web client of Samverkan.
 *
 * <p>This module holds no server code. Its product is the static web client in
 * {@code src/main/resources/META-INF/resources/} ({@code index.html}, {@code app.js}, {@code app.css},
 * {@code favicon.svg}). Packed as a jar in the WAR's {@code WEB-INF/lib}, those files are served by the servlet
 * container at the application root (Servlet 3.0 resource jars), next to the REST API under {@code /api}. Leaflet
 * comes from its WebJar, a dependency of this module, and is served from
 * {@code webjars/leaflet/<version>/dist/}; nothing is loaded from the internet.
 *
 * <p>{@link se.samverkan.ui.UiResources} names the class-path locations of those files, for tests and for code that
 * needs to find the client.
 */
package se.samverkan.ui;
