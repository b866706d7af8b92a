package com.logicrm.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A bounded, evenly drawn sample of last year's customers for fitting loyalty (reservoir sampling): the
 * figures stream past once and at most {@code capacity} stay in memory whatever the archive's size.
 * Seeded by the run, so a run drawn again draws the same customers.
 */
final class LoyaltySample {

    static final int CAPACITY = 20_000;

    private final int capacity;
    private final Random random;
    private final List<LoyaltyFitter.Observation> kept = new ArrayList<>();
    private long seen;

    LoyaltySample(int capacity, long seed) {
        this.capacity = capacity;
        this.random = new Random(seed);
    }

    void offer(LoyaltyFitter.Observation observation) {
        seen++;
        if (kept.size() < capacity) {
            kept.add(observation);
            return;
        }
        long slot = (long) (random.nextDouble() * seen);
        if (slot < capacity) {
            kept.set((int) slot, observation);
        }
    }

    long seen() {
        return seen;
    }

    List<LoyaltyFitter.Observation> observations() {
        return List.copyOf(kept);
    }
}
