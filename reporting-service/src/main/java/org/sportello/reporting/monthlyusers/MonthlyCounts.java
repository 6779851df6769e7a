package org.sportello.reporting.monthlyusers;

/** The stored counts of a month at an office (or {@code all}), before suppression; never sent as is. */
record MonthlyCounts(String month, String officeId, long citizens, long contacts, long anonymousContacts) {
}
