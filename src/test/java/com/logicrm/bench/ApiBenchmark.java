package com.logicrm.bench;

import com.logicrm.access.ApiTokens;
import com.logicrm.access.SignedInUser;
import com.logicrm.customer.SyntheticCustomers;
import com.logicrm.shipment.BenchShipments;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code GET /api/v1/customers/{id}} alone, on the customers of a generated size (S by default), so that
 * the request's cost can be worked on without loading shipments at L first: the same client ({@code wrk}), user and
 * connections as the business-data benchmark, three rounds of {@code bench.http.seconds} each after a
 * warm-up, printed one per line; {@code bench.hold} keeps the application up that many seconds more
 * for a profiler. The figure of record stays the business-data benchmark's.
 */
public final class ApiBenchmark {

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0].toUpperCase(Locale.ROOT) : "S";
        int connections = Integer.getInteger("bench.http.threads", 16);
        int seconds = Integer.getInteger("bench.http.seconds", 10);
        if (!Wrk.available()) {
            throw new IllegalStateException("the API benchmark needs wrk (Debian package wrk)");
        }
        try (BenchApplication application = BenchApplication.start(WebApplicationType.SERVLET)) {
            ConfigurableApplicationContext context = application.context();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Organisation.create(jdbc);
            // the customers of the size as the generator files them; the card does not read shipments
            List<Long> ids = context.getBean(SyntheticCustomers.class)
                    .file(BenchShipments.customersOf(size), ShipmentBenchmark.SEED);
            jdbc.sql("vacuum analyze customer.customer").update();
            SignedInUser supervisor = (SignedInUser) context.getBean(UserDetailsService.class)
                    .loadUserByUsername(Organisation.SUPERVISOR);
            String token = context.getBean(ApiTokens.class).issueTo(supervisor, "bench").token();
            String base = "http://localhost:" + application.port() + "/api/v1/customers/";
            Wrk.run(base, token, ids, connections, Wrk.warmUpSeconds());
            for (int round = 1; round <= 3; round++) {
                Wrk.Result result = Wrk.run(base, token, ids, connections, seconds);
                System.out.printf(Locale.ROOT, "GET card, round %d: %,.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                        round, result.perSecond(), result.p50(), result.p99(), result.errors());
            }
            int hold = Integer.getInteger("bench.hold", 0);
            if (hold > 0) {
                System.out.printf("Up for %d s more for a profiler: %s<id> with Bearer %s%n", hold, base, token);
                Thread.sleep(hold * 1000L);
            }
        }
    }
}
