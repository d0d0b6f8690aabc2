/** Settings the web client reads at start, such as an optional map tile server. */
package se.samverkan.platform.ui;
