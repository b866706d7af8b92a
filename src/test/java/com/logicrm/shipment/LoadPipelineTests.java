package com.logicrm.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class LoadPipelineTests {

    @Test
    void loadsRunOnTheWorkersAndTheirRowsAreAddedUp() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (LoadPipeline pipeline = new LoadPipeline(2)) {
            for (int chunk = 1; chunk <= 10; chunk++) {
                long rows = chunk;
                pipeline.submit(() -> {
                    threads.add(Thread.currentThread().getName());
                    return rows;
                });
            }
            assertThat(pipeline.await()).isEqualTo(55);
        }
        assertThat(threads).allMatch(name -> name.startsWith("bulk-load-"));
    }

    @Test
    void aFailedLoadFailsTheRunWithItsOwnException() {
        try (LoadPipeline pipeline = new LoadPipeline(2)) {
            pipeline.submit(() -> 1);
            pipeline.submit(() -> {
                throw new IllegalArgumentException("chunk refused");
            });
            assertThatThrownBy(pipeline::await).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("chunk refused");
        }
    }
}
