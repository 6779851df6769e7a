package org.sportello.scheduling.appointment;

import org.sportello.scheduling.office.OfficeCalendar;
import org.sportello.scheduling.operator.StaffCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppointmentSettings.class)
class AppointmentConfiguration {

    @Bean
    SlotFinder slotFinder(OfficeCalendar offices, StaffCalendar staff, BookedTime booked, AppointmentSettings settings) {
        return new SlotFinder(offices, staff, booked, settings.slotGrid());
    }
}
