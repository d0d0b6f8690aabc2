/** Tests of {@code ./samverkan}, the launcher users start the system with. */
package se.samverkan.launcher;
