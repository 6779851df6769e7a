package org.sportello.benchmark;

import java.util.Arrays;

/**
 * The benchmark jar's entry point: {@code replay-encryption} runs {@link ReplayEncryptionBenchmark},
 * {@code booking} runs {@link BookingBenchmark}, {@code referrals} {@link ReferralBenchmark}, {@code research}
 * {@link ResearchBenchmark}; anything else is the contact benchmark's options,
 * as before there was a second command.
 */
public final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(ReplayOptions.COMMAND)) {
            ReplayEncryptionBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals(ReferralOptions.COMMAND)) {
            ReferralBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals(ResearchOptions.COMMAND)) {
            ResearchBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals(BookingOptions.COMMAND)) {
            BookingBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            ContactBenchmark.main(args);
        }
    }
}
