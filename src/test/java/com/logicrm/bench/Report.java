package com.logicrm.bench;

import com.logicrm.customer.BenchCustomers;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The figures of one run as JSON (for tools) and as a Markdown table (for people). */
record Report(LocalDate date, String size, int customers, int cores, String javaVersion, String postgresVersion,
        BenchCustomers.Loaded load, int iterations, int warmup, List<CustomerBenchmark.Result> results) {

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "# Customer archive benchmark — %s, size %s (%,d customers, %,d "
                + "contacts)%n%n", date, size, customers, load.contacts().rows()));
        out.append(String.format(Locale.ROOT, "Machine: %d cores; Java %s; PostgreSQL %s (embedded). "
                        + "%d iterations per operation after %d warm-up calls; times in ms.%n%n", cores, javaVersion,
                postgresVersion, iterations, warmup));
        out.append("Bulk load:\n\n");
        for (Table table : tables()) {
            out.append(String.format(Locale.ROOT, "- %,d %s by COPY in %.1f s (%,.0f rows/s), secondary indexes "
                            + "rebuilt in %.1f s, VACUUM ANALYZE %.1f s%n", table.load().rows(), table.name(),
                    seconds(table.load().copy()), table.load().rowsPerSecond(), seconds(table.load().indexes()),
                    seconds(table.load().analyze())));
        }
        out.append('\n');
        out.append("| operation | scope | app p50 | app p95 | app p99 | bare SQL p50 | bare SQL p95 | bare SQL p99 "
                + "| target (app p95) | result |\n");
        out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (CustomerBenchmark.Result result : results) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | ≤ %d | %s |%n",
                    result.operation().name(), result.operation().scope(), result.app().p50(), result.app().p95(),
                    result.app().p99(), result.sql().p50(), result.sql().p95(), result.sql().p99(),
                    result.operation().targetMs(), result.passed() ? "pass" : "**fail**"));
        }
        return out.toString();
    }

    String json() {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"date\": \"").append(date).append("\",\n");
        out.append("  \"size\": \"").append(size).append("\",\n");
        out.append("  \"customers\": ").append(customers).append(",\n");
        out.append("  \"contacts\": ").append(load.contacts().rows()).append(",\n");
        out.append("  \"machine\": {\"cores\": ").append(cores).append(", \"java\": \"").append(javaVersion)
                .append("\", \"postgres\": \"").append(postgresVersion.replace("\"", "")).append("\"},\n");
        out.append("  \"load\": {\n");
        List<Table> tables = tables();
        for (int i = 0; i < tables.size(); i++) {
            BenchCustomers.Load table = tables.get(i).load();
            out.append(String.format(Locale.ROOT, "    \"%s\": {\"rows\": %d, \"copySeconds\": %.3f, "
                            + "\"rowsPerSecond\": %.0f, \"indexSeconds\": %.3f, \"analyzeSeconds\": %.3f}%s%n",
                    tables.get(i).name(), table.rows(), seconds(table.copy()), table.rowsPerSecond(),
                    seconds(table.indexes()), seconds(table.analyze()), i + 1 < tables.size() ? "," : ""));
        }
        out.append("  },\n");
        out.append("  \"iterations\": ").append(iterations).append(",\n");
        out.append("  \"warmup\": ").append(warmup).append(",\n");
        out.append("  \"unit\": \"ms\",\n");
        out.append("  \"operations\": [\n");
        for (int i = 0; i < results.size(); i++) {
            CustomerBenchmark.Result result = results.get(i);
            out.append(String.format(Locale.ROOT, "    {\"name\": \"%s\", \"scope\": \"%s\", \"targetP95\": %d, "
                            + "\"pass\": %s,%n     \"app\": %s,%n     \"bareSql\": %s}%s%n",
                    result.operation().name(), result.operation().scope(), result.operation().targetMs(),
                    result.passed(), percentiles(result.app()), percentiles(result.sql()),
                    i + 1 < results.size() ? "," : ""));
        }
        out.append("  ]\n}\n");
        return out.toString();
    }

    private List<Table> tables() {
        return List.of(new Table("customers", load.customers()), new Table("contacts", load.contacts()));
    }

    private record Table(String name, BenchCustomers.Load load) {
    }

    private static String percentiles(CustomerBenchmark.Percentiles p) {
        return String.format(Locale.ROOT, "{\"p50\": %.3f, \"p95\": %.3f, \"p99\": %.3f, \"mean\": %.3f, \"max\": %.3f}",
                p.p50(), p.p95(), p.p99(), p.mean(), p.max());
    }

    private static double seconds(java.time.Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
