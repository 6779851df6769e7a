package org.sportello.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether the launcher's fixed ports are free, checked before anything starts. */
public final class Ports {

    private Ports() {
    }

    /**
     * Binding the wildcard address fails when anything listens on the port on any address (the
     * services listen on all of them), while a port a stopped process left in TIME_WAIT still counts as free.
     */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with the fix when {@code port}, used by {@code user}, is taken. */
    public static void requireFree(int port, String user, int portOffset) {
        if (!isFree(port)) {
            int next = portOffset + 100;
            throw new LauncherFailure("port " + port + " (" + user + ") is in use (by another Sportello?): stop "
                    + "whatever listens there, or move all the launcher's ports with --port-offset " + next
                    + " (or " + LauncherOptions.PORT_OFFSET_VARIABLE + "=" + next + ")");
        }
    }
}
