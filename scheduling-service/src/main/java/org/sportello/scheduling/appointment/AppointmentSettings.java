package org.sportello.scheduling.appointment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How appointments are searched (application.properties, {@code sportello.scheduling.*}).
 *
 * @param bookingHorizon how far ahead a request looks for a free slot before it joins the waiting list
 * @param proposals      how many free slots a request is answered with, at most
 * @param slotGrid       the step of the slots' local start times (09:00, 09:15…); must divide a day
 * @param backdatingLimit how far back a request may be recorded after the fact ({@code requestedAt}):
 *                       a year of history and some, as a municipality adopting Sportello brings in
 */
@ConfigurationProperties(prefix = "sportello.scheduling")
public record AppointmentSettings(@DefaultValue("P60D") Duration bookingHorizon,
                                  @DefaultValue("5") int proposals,
                                  @DefaultValue("PT15M") Duration slotGrid,
                                  @DefaultValue("P400D") Duration backdatingLimit) {
}
