package org.sportello.platform.personaldata;

/** A ciphertext that the subject's live key does not open: never shown as erased, since it was not. */
public class UnreadablePersonalData extends RuntimeException {

    public UnreadablePersonalData(SubjectId subject, String why) {
        super("personal data of subject " + subject + " cannot be opened: " + why);
    }
}
