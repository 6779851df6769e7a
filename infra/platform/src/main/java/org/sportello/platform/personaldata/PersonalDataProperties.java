package org.sportello.platform.personaldata;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param masterKey         {@code SPORTELLO_MASTER_KEY}: base64 of 32 random bytes; required
 * @param previousMasterKey {@code SPORTELLO_PREVIOUS_MASTER_KEY}: only during a rotation
 * @param keyCacheSize      data keys and tombstones held in memory
 * @param keyCacheTtl       how long a key is trusted without asking the database again: the longest
 *                          another instance may still read a subject erased through this one
 */
@ConfigurationProperties("sportello.personal-data")
public record PersonalDataProperties(String masterKey, String previousMasterKey,
                                     @DefaultValue("100000") int keyCacheSize,
                                     @DefaultValue("60s") Duration keyCacheTtl) {

    @Override
    public String toString() {
        return "PersonalDataProperties[keyCacheSize=" + keyCacheSize + ", keyCacheTtl=" + keyCacheTtl + "]";
    }
}
