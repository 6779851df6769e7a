package org.sportello.platform.personaldata.erasurelog;

/**
 * What a service does, beyond shredding the subject's key, to say again that a subject was erased
 * after its database was restored from a backup older than the erasure: typically record its
 * erasure event again, so that its aggregates and read tables say "erased", and drop what the key
 * does not cover (such as a claim that blocks registering the same person again).
 *
 * <p>Called in the transaction that shreds the key, once per subject whose key the database did
 * not show as shredded; it must be idempotent (a re-application may run again after a failure
 * half-way), and must do nothing for a subject the service does not know: the backup may be older
 * than the subject itself.
 */
@FunctionalInterface
public interface ErasureReapplication {

    void reapply(LoggedErasure erasure);
}
