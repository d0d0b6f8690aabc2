package se.samverkan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Loopback ports for servers the tests start, so they never collide with a running system. */
public final class Ports {

    private Ports() {
    }

    /** A port nothing listens on right now (the OS picks it; the caller binds it soon after). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
