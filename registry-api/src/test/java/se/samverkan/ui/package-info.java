/** Browser tests of the web client: real headless Chromium against the deployed application. */
package se.samverkan.ui;
