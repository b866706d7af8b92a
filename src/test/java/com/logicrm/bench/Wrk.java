package com.logicrm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP load from a second process: {@code wrk} (Debian package {@code wrk}), so that the load client does
 * not compete with the server inside its JVM. Each request asks for a random one of the given ids.
 */
final class Wrk {

    record Result(long requests, long errors, double perSecond, double p50, double p90, double p99) {
    }

    private static final Pattern LATENCY = Pattern.compile("^\\s*(50|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);

    private Wrk() {
    }

    /**
     * Seconds of load before the measured one ({@code bench.http.warmup}, 90). On two cores the JIT
     * compiler keeps one of them busy for the first minute and a half of this traffic ({@code jstat
     * -compiler}: compile time grows as fast as the clock); measured earlier, a round saw the server
     * compiling its own request, not serving it as it will for days after.
     */
    static int warmUpSeconds() {
        return Integer.getInteger("bench.http.warmup", 90);
    }

    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code connections} connections on two threads for {@code seconds}, GET {@code base + id} with the token. */
    static Result run(String base, String token, List<Long> ids, int connections, int seconds)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("logicrm-wrk-", ".lua");
        try {
            List<Long> sample = ids.size() <= 50_000 ? ids : ids.subList(0, 50_000);
            Files.writeString(script, """
                    local ids = {%s}
                    local headers = {["Authorization"] = "Bearer %s", ["Accept"] = "application/json"}
                    local errors = 0
                    request = function()
                        return wrk.format("GET", "%s" .. ids[math.random(#ids)], headers)
                    end
                    """.formatted(sample.stream().map(String::valueOf).collect(Collectors.joining(",")), token,
                    java.net.URI.create(base).getPath()), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                    "-s", script.toString(), base).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return parse(output);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    static Result parse(String output) {
        double p50 = 0;
        double p90 = 0;
        double p99 = 0;
        Matcher latency = LATENCY.matcher(output);
        while (latency.find()) {
            double value = Double.parseDouble(latency.group(2)) * switch (latency.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            switch (latency.group(1)) {
                case "50" -> p50 = value;
                case "90" -> p90 = value;
                default -> p99 = value;
            }
        }
        long requests = number(output, "(\\d+) requests in");
        long errors = number(output, "Non-2xx or 3xx responses: (\\d+)")
                + number(output, "Socket errors: connect (\\d+)") + number(output, "read (\\d+), write")
                + number(output, ", timeout (\\d+)");
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's output: " + output);
        }
        return new Result(requests, errors, Double.parseDouble(rate.group(1)), p50, p90, p99);
    }

    private static long number(String output, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    static String describe(Result result) {
        return String.format(Locale.ROOT, "%,.0f req/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, %d errors",
                result.perSecond(), result.p50(), result.p90(), result.p99(), result.errors());
    }
}
