package org.sportello.launcher;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point, compiled for Java 8 so that an old {@code java} on the PATH gets a sentence
 * naming the fix instead of an {@code UnsupportedClassVersionError}; everything else needs Java 17.
 */
public final class Main {

    private static final int REQUIRED = 17;
    /** Modules a trimmed (jlink) runtime may lack, each with a class that shows it is there. */
    private static final String[][] NEEDED = {
            {"java.net.http", "java.net.http.HttpClient"},
            {"java.sql", "java.sql.DriverManager"},
            {"java.management", "java.lang.management.ManagementFactory"},
            {"jdk.unsupported", "sun.misc.Unsafe"}};

    private Main() {
    }

    /** 8 for "1.8", 17 for "17": Java 9 dropped the "1." prefix (JEP 223). */
    static int feature(String specification) {
        try {
            return Integer.parseInt(specification.startsWith("1.") ? specification.substring(2)
                    : specification.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return REQUIRED; // an unknown scheme: let the real classes decide
        }
    }

    public static void main(String[] args) throws Throwable {
        String specification = System.getProperty("java.specification.version", "0");
        if (feature(specification) < REQUIRED) {
            System.err.println("sportello-launcher: Java " + REQUIRED + " or later is needed, and this is Java "
                    + specification + " (" + System.getProperty("java.home") + "): install JDK " + REQUIRED
                    + " or later and put it first on the PATH, or run it by its full path");
            System.exit(1);
        }
        for (String[] needed : NEEDED) {
            try {
                Class.forName(needed[1]);
            } catch (ClassNotFoundException e) {
                System.err.println("sportello-launcher: this Java runtime (" + System.getProperty("java.home")
                        + ") lacks the module " + needed[0] + ", perhaps a trimmed runtime: use a full JDK "
                        + REQUIRED + " or later");
                System.exit(1);
            }
        }
        try {
            Class.forName("org.sportello.launcher.Launcher").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
