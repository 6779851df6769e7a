package org.sportello.platform.readmodel;

/** Two read-model beans answer to the same name, so an administrator could not say which to rebuild. */
public class DuplicateReadModelName extends RuntimeException {

    public DuplicateReadModelName(String name) {
        super("Two read models are named '" + name + "'; each needs a name of its own.");
    }
}
