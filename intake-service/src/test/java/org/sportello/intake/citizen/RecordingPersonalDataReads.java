package org.sportello.intake.citizen;

import java.util.ArrayList;
import java.util.List;

/** The reads log in a list: what aggregate tests need to see who was disclosed to whom. */
class RecordingPersonalDataReads extends PersonalDataReads {

    record Read(CitizenId citizenId, String operatorId, String what) {
    }

    private final List<Read> reads = new ArrayList<>();

    RecordingPersonalDataReads() {
        super(null, null, null);
    }

    @Override
    public void record(CitizenId citizenId, String operatorId, String what) {
        reads.add(new Read(citizenId, operatorId, what));
    }

    @Override
    public void recordDespiteRollback(CitizenId citizenId, String operatorId, String what) {
        record(citizenId, operatorId, what);
    }

    List<Read> reads() {
        return reads;
    }
}
