package com.logicrm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrkTests {

    @Test
    void readsRateLatenciesAndErrorsFromWrksOutput() {
        Wrk.Result result = Wrk.parse("""
                Running 20s test @ http://localhost:41234/api/v1/customers/
                  2 threads and 16 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     6.10ms    4.20ms  81.33ms   88.12%
                    Req/Sec     1.35k   120.00     1.60k    71.00%
                  Latency Distribution
                     50%  850.00us
                     75%    7.20ms
                     90%   10.51ms
                     99%    1.20s
                  53912 requests in 20.01s, 61.02MB read
                  Socket errors: connect 0, read 2, write 0, timeout 3
                  Non-2xx or 3xx responses: 4
                Requests/sec:   2694.21
                Transfer/sec:      3.05MB
                """);

        assertThat(result.requests()).isEqualTo(53_912);
        assertThat(result.perSecond()).isEqualTo(2694.21);
        assertThat(result.p50()).isEqualTo(0.85);
        assertThat(result.p90()).isEqualTo(10.51);
        assertThat(result.p99()).isEqualTo(1200.0);
        assertThat(result.errors()).isEqualTo(9);
    }
}
