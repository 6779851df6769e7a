package org.sportello.reporting.research.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.research.SmallCellSuppression;

/**
 * How long one month's protection takes at the size the indicators endpoint protects (20 offices
 * in 5 municipalities of one district, their totals, the district by channel, insiders for every
 * office): printed, not asserted, since the machine decides. Each release is still checked.
 */
class ProtectionTimingTest {

    private static final int OFFICES = 20;
    private static final int MUNICIPALITIES = 5;

    @Test
    void aThirtyCellMonthWithInsidersForEveryOfficeIsProtectedAndTimed() {
        CellSuppression five = new CellSuppression(new SmallCellSuppression(5));
        Random random = new Random(12);
        for (int warmUp = 0; warmUp < 100; warmUp++) {
            five.protect(month(random));
        }
        int months = 240;
        long[] nanos = new long[months];
        long[] cpu = new long[months];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long withheld = 0;
        for (int m = 0; m < months; m++) {
            Release release = month(random);
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            Protection protection = five.protect(release);
            cpu[m] = threads.getCurrentThreadCpuTime() - startCpu;
            nanos[m] = System.nanoTime() - start;
            withheld += protection.withheld().size();
            assertThat(new Audit(release, 5).passes(protection.withheld())).isTrue();
        }
        System.out.printf("protect(30-cell month, %d insiders), %d months, %.1f cells withheld per month%n",
                OFFICES, months, withheld / (double) months);
        print("wall clock", nanos);
        // The machine the tests run on may be shared: the thread's CPU time is what protect costs.
        print("thread CPU", cpu);
    }

    private static void print(String clock, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double p99 = sorted[(int) Math.ceil(n * 0.99) - 1] / 1e6;
        System.out.printf("  %s: mean %.2f ms, p50 %.2f ms, p99 %.2f ms, max %.2f ms; 12 months at p99 each: %.1f ms%n",
                clock, Arrays.stream(sorted).average().orElse(0) / 1e6, sorted[n / 2] / 1e6, p99,
                sorted[n - 1] / 1e6, 12 * p99);
    }

    /** One month: offices with 0..30 episodes (small offices often below 5), their municipalities, the district. */
    static Release month(Random random) {
        List<Cell> cells = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<Set<String>> insiders = new ArrayList<>();
        List<String> municipalities = new ArrayList<>();
        long district = 0;
        for (int m = 0; m < MUNICIPALITIES; m++) {
            List<String> offices = new ArrayList<>();
            long municipality = 0;
            for (int o = 0; o < OFFICES / MUNICIPALITIES; o++) {
                String office = "episodes/m" + m + "/o" + o;
                long value = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(31);
                cells.add(new Cell(office, value));
                offices.add(office);
                insiders.add(Set.of(office));
                municipality += value;
            }
            String total = "episodes/m" + m;
            cells.add(new Cell(total, municipality));
            relations.add(Relation.sum(total, offices));
            municipalities.add(total);
            district += municipality;
        }
        cells.add(new Cell("episodes", district));
        relations.add(Relation.sum("episodes", municipalities));
        Table byOffice = new Table("episodes by office", cells, relations);
        List<Cell> channels = new ArrayList<>();
        List<String> channelIds = new ArrayList<>();
        long left = district;
        for (int c = 0; c < 3; c++) {
            long value = Math.min(left, random.nextInt(8));
            channels.add(new Cell("episodes/channel" + c, value));
            channelIds.add("episodes/channel" + c);
            left -= value;
        }
        channels.add(new Cell("episodes/channel3", left));
        channelIds.add("episodes/channel3");
        channels.add(new Cell("episodes", district));
        Table byChannel = new Table("episodes by channel", channels, List.of(Relation.sum("episodes", channelIds)));
        return new Release(List.of(byOffice, byChannel), Map.of(), Set.of(), insiders);
    }
}
