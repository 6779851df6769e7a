package org.sportello.referral.referral;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ReferralSettings} next to the referrals that use it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferralSettings.class)
class ReferralSettingsConfiguration {
}
