package org.sportello.launcher;

/**
 * Something the user can fix: the message is one line that says what is wrong and what to do, and
 * is all the console shows (details, if any, go to the launcher's log file).
 */
public class LauncherFailure extends RuntimeException {

    public LauncherFailure(String message) {
        super(message);
    }

    public LauncherFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
