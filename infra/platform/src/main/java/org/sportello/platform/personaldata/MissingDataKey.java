package org.sportello.platform.personaldata;

/**
 * Data sealed under a key that is neither in the database nor shredded: the key table was lost or
 * restored apart from the events. Never answered as "erased": that would hide a data loss behind
 * the look of a lawful erasure.
 */
public class MissingDataKey extends RuntimeException {

    public MissingDataKey(SubjectId subject) {
        super("no data key for subject " + subject + ", and none was ever shredded: the data_key table does not "
                + "match the data it protects (restored from another backup?)");
    }
}
