package com.logicrm.bench;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.ExportFormat;
import com.logicrm.customer.BenchCustomers;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.customer.CustomerPage;
import com.logicrm.customer.CustomerQuery;
import com.logicrm.customer.CustomerSummary;
import com.logicrm.customer.LifecycleStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The customer-archive benchmark: starts LogiCRM without a web server on a fresh embedded database,
 * creates an organisation of ~200 account managers, bulk-loads S/M/L customers with two contacts each on
 * average, and measures search (by the customer's and by its contacts' names and numbers), lists and
 * the customer card through {@link CustomerManagement} — each beside the same SQL run bare
 * through {@link JdbcClient} in the same run. Writes {@code bench/results/<date>-<size>.{json,md}}.
 *
 * <p>Not a test: run it with {@code bench/run [S|M|L]}. System properties: {@code bench.iterations}
 * (200), {@code bench.warmup} (50), {@code bench.results} (bench/results), {@code bench.keep} (keep the
 * temporary data directory), {@code bench.load-only} (stop after loading, e.g. with bench.keep to inspect plans).
 */
public final class CustomerBenchmark {

    enum Size {
        S(10_000), M(100_000), L(1_000_000);

        final int customers;

        Size(int customers) {
            this.customers = customers;
        }
    }

    private static final long SEED = 20261123L;

    private CustomerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Size size = Size.valueOf(args.length > 0 ? args[0].toUpperCase() : "S");
        int iterations = Integer.getInteger("bench.iterations", 200);
        int warmup = Integer.getInteger("bench.warmup", 50);
        Path results = Paths.get(System.getProperty("bench.results", "bench/results"));
        System.out.printf("LogiCRM customer benchmark, size %s (%,d customers)%n", size, size.customers);
        try (BenchApplication application = BenchApplication.start()) {
            new CustomerBenchmark.Run(application.context(), size, iterations, warmup, results).execute();
        }
    }

    /** One benchmark run against a started context. */
    private static final class Run {

        private final ConfigurableApplicationContext context;
        private final Size size;
        private final int iterations;
        private final int warmup;
        private final Path results;
        private final JdbcClient jdbc;
        private final DataSource dataSource;
        private final CustomerManagement customers;
        private final UserDetailsService accounts;
        private final BareSearch bare;

        Run(ConfigurableApplicationContext context, Size size, int iterations, int warmup, Path results) {
            this.context = context;
            this.size = size;
            this.iterations = iterations;
            this.warmup = warmup;
            this.results = results;
            this.jdbc = context.getBean(JdbcClient.class);
            this.dataSource = context.getBean(DataSource.class);
            this.customers = context.getBean(CustomerManagement.class);
            this.accounts = context.getBean(UserDetailsService.class);
            this.bare = new BareSearch(dataSource, context);
        }

        void execute() throws Exception {
            Organisation organisation = Organisation.create(jdbc);
            System.out.printf("Organisation: %d departments, %d account managers, %d sales admins%n",
                    organisation.departments(), organisation.managers().size(), organisation.salesAdmins().size());
            BenchCustomers.Loaded load;
            try (Connection connection = dataSource.getConnection()) {
                load = BenchCustomers.load(connection, size.customers, SEED, organisation.owners());
            }
            printLoad("customers", load.customers());
            printLoad("contacts", load.contacts());

            if (Boolean.getBoolean("bench.load-only")) {
                return;
            }
            SignedInUser supervisor = user(Organisation.SUPERVISOR);
            List<SignedInUser> managers = organisation.managers().stream().limit(20).map(this::user).toList();
            List<SignedInUser> salesAdmins = organisation.salesAdmins().stream().map(this::user).toList();
            Inputs inputs = new Inputs(jdbc, new Random(SEED), size.customers);
            // a stream of their own, so the other operations keep the inputs they had before contacts
            Inputs contactInputs = new Inputs(jdbc, new Random(SEED + 3), size.customers);

            List<Operation> operations = new ArrayList<>();
            operations.add(search("name fragment, 2 Chinese characters", "all", 50,
                    inputs.fragments(null, supervisor)));
            operations.add(search("name fragment, 2 Chinese characters", "own", 50,
                    inputs.fragmentsOfOwners(managers)));
            operations.add(search("contact name fragment, 2 Chinese characters of a given name", "all", 50,
                    contactInputs.contactFragments(null, supervisor)));
            operations.add(search("contact name fragment, 2 Chinese characters of a given name", "own", 50,
                    contactInputs.contactFragmentsOfOwners(managers)));
            operations.add(search("contact mobile (exact)", "all", 50, contactInputs.contactMobiles(supervisor)));
            operations.add(search("credit-code prefix (6–16 characters)", "all", 50, inputs.codePrefixes(supervisor)));
            operations.add(search("list: stage + province + owner, first page", "all", 100,
                    inputs.ownerLists(supervisor, organisation.managers(), false)));
            operations.add(search("list: stage + province + owner, deep keyset page", "all", 100,
                    inputs.ownerLists(supervisor, organisation.managers(), true)));
            operations.add(search("list: stage + province, deep keyset page", "all", 100,
                    inputs.deepLists(supervisor)));
            operations.add(search("list: stage + province, first page", "department and below", 100,
                    inputs.departmentLists(salesAdmins)));
            operations.add(card("customer page (CustomerManagement.get)", "all", 100, inputs.cardIds(),
                    supervisor));

            List<Result> measured = new ArrayList<>();
            for (Operation operation : operations) {
                Result result = operation.measure(warmup, iterations);
                System.out.printf("  %-52s %-20s app p95 %7.2f ms   bare SQL p95 %7.2f ms%n", operation.name(),
                        operation.scope(), result.app().p95(), result.sql().p95());
                measured.add(result);
            }
            Report report = new Report(LocalDate.now(ZoneOffset.UTC), size.name(), size.customers,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    jdbc.sql("show server_version").query(String.class).single(), load, iterations, warmup, measured);
            Files.createDirectories(results);
            Path json = results.resolve(report.date() + "-" + size + ".json");
            Path markdown = results.resolve(report.date() + "-" + size + ".md");
            Files.writeString(json, report.json());
            Files.writeString(markdown, report.markdown());
            System.out.println();
            System.out.println(report.markdown());
            System.out.println("Written: " + json + ", " + markdown);

            ExportBenchmark.Figures export = ExportBenchmark.run(context, dataSource, supervisor, ExportFormat.XLSX);
            Path exportMarkdown = results.resolve(report.date() + "-" + size + "-export.md");
            Files.writeString(exportMarkdown, "| operation | rows | time | rows/s | file | heap "
                    + "| bare COPY time | bare COPY rows/s |\n| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |\n"
                    + export.markdown());
            Files.writeString(results.resolve(report.date() + "-" + size + "-export.json"), export.json() + "\n");
            System.out.println(Files.readString(exportMarkdown));
        }

        private static void printLoad(String what, BenchCustomers.Load load) {
            System.out.printf("Loaded %,d %s with COPY in %.1f s (%,.0f rows/s); indexes %.1f s; vacuum analyze %.1f s%n",
                    load.rows(), what, load.copy().toMillis() / 1000.0, load.rowsPerSecond(),
                    load.indexes().toMillis() / 1000.0, load.analyze().toMillis() / 1000.0);
        }

        private SignedInUser user(String username) {
            return (SignedInUser) accounts.loadUserByUsername(username);
        }

        private Operation search(String name, String scope, int targetMs, List<SearchInput> inputs) {
            for (SearchInput input : inputs.subList(0, Math.min(3, inputs.size()))) {
                List<Long> app = ids(as(input.user(), () -> customers.search(input.query(), input.user())));
                List<Long> sql = bare.ids(input.query(), input.user());
                if (!app.equals(sql)) {
                    throw new IllegalStateException("Bare SQL and application disagree for " + name + " " + input
                            + ": " + app + " vs " + sql);
                }
            }
            return new Operation(name, scope, targetMs, inputs.size(),
                    i -> as(inputs.get(i).user(), () -> customers.search(inputs.get(i).query(), inputs.get(i).user())),
                    i -> bare.ids(inputs.get(i).query(), inputs.get(i).user()));
        }

        private Operation card(String name, String scope, int targetMs, List<Long> ids, SignedInUser user) {
            return new Operation(name, scope, targetMs, ids.size(), i -> as(user, () -> customers.get(ids.get(i), user)),
                    i -> bare.card(ids.get(i)));
        }

        private static <T> T as(SignedInUser user, java.util.function.Supplier<T> call) {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            try {
                return call.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        private static List<Long> ids(CustomerPage page) {
            return page.items().stream().map(CustomerSummary::id).toList();
        }
    }

    record SearchInput(SignedInUser user, CustomerQuery query) {

        @Override
        public String toString() {
            return user.getUsername() + " " + query;
        }
    }

    /** One operation: an application call and its bare SQL, each taking the index of an input. */
    record Operation(String name, String scope, int targetMs, int inputs, Function<Integer, Object> app,
            Function<Integer, Object> sql) {

        Result measure(int warmup, int iterations) {
            Random order = new Random(SEED);
            for (int i = 0; i < warmup; i++) {
                int input = order.nextInt(inputs);
                app.apply(input);
                sql.apply(input);
            }
            long[] appNanos = new long[iterations];
            long[] sqlNanos = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                int input = i % inputs;
                // Alternate which goes first, so that neither always profits from the other's cache.
                if (i % 2 == 0) {
                    appNanos[i] = time(app, input);
                    sqlNanos[i] = time(sql, input);
                } else {
                    sqlNanos[i] = time(sql, input);
                    appNanos[i] = time(app, input);
                }
            }
            return new Result(this, Percentiles.of(appNanos), Percentiles.of(sqlNanos));
        }

        private static long time(Function<Integer, Object> call, int input) {
            long started = System.nanoTime();
            Object result = call.apply(input);
            long elapsed = System.nanoTime() - started;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
            return elapsed;
        }
    }

    record Percentiles(double p50, double p95, double p99, double mean, double max) {

        static Percentiles of(long[] nanos) {
            long[] sorted = nanos.clone();
            java.util.Arrays.sort(sorted);
            double mean = java.util.Arrays.stream(sorted).average().orElse(0) / 1e6;
            return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99), mean,
                    sorted[sorted.length - 1] / 1e6);
        }

        /** Nearest-rank percentile, in milliseconds. */
        private static double rank(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    record Result(Operation operation, Percentiles app, Percentiles sql) {

        boolean passed() {
            return app.p95() <= operation.targetMs();
        }
    }

    /** Inputs drawn from the loaded data: fragments that occur, prefixes of real codes, real owners. */
    static final class Inputs {

        private static final int COUNT = 200;
        private final JdbcClient jdbc;
        private final Random random;
        private final int customers;

        Inputs(JdbcClient jdbc, Random random, int customers) {
            this.jdbc = jdbc;
            this.random = random;
            this.customers = customers;
        }

        /** Random neighbouring pairs of Han characters from the names of current, visible customers. */
        List<SearchInput> fragments(Long ownerId, SignedInUser user) {
            List<String> names = jdbc.sql("""
                            select name from customer.customer
                            where stage not in ('RETIRED', 'MERGED') and confidentiality = 'ORDINARY'
                              and (cast(:owner as bigint) is null or owner_id = :owner)
                            order by md5(id::text) limit 1000""")
                    .param("owner", ownerId).query(String.class).list();
            List<SearchInput> inputs = new ArrayList<>();
            while (inputs.size() < COUNT) {
                inputs.add(new SearchInput(user, CustomerQuery.text(fragment(names.get(random.nextInt(names.size()))),
                        20)));
            }
            return inputs;
        }

        List<SearchInput> fragmentsOfOwners(List<SignedInUser> owners) {
            return ofOwners(owners, owner -> fragments(owner.id(), owner));
        }

        /**
         * Given names of two Han characters of active contacts of current, visible customers: the
         * popular ones (建华, 秀英) come up in thousands of contacts, rarer pairs in a few dozen.
         */
        List<SearchInput> contactFragments(Long ownerId, SignedInUser user) {
            List<String> givenNames = jdbc.sql("""
                            select k.name from customer.contact k join customer.customer c on c.id = k.customer_id
                            where k.active and c.stage not in ('RETIRED', 'MERGED') and c.confidentiality = 'ORDINARY'
                              and (cast(:owner as bigint) is null or c.owner_id = :owner)
                            order by md5(k.customer_id::text || '.' || k.id::text) limit 2000""")
                    .param("owner", ownerId).query(String.class).list().stream().map(BenchCustomers::givenName)
                    .filter(given -> given.codePointCount(0, given.length()) == 2 && given.codePoints().allMatch(
                            Inputs::han))
                    .toList();
            List<SearchInput> inputs = new ArrayList<>();
            while (inputs.size() < COUNT) {
                inputs.add(new SearchInput(user, CustomerQuery.text(givenNames.get(random.nextInt(givenNames.size())),
                        20)));
            }
            return inputs;
        }

        List<SearchInput> contactFragmentsOfOwners(List<SignedInUser> owners) {
            return ofOwners(owners, owner -> contactFragments(owner.id(), owner));
        }

        /** Mobiles of active contacts of current, visible customers, typed as stored (11 digits). */
        List<SearchInput> contactMobiles(SignedInUser user) {
            List<String> mobiles = jdbc.sql("""
                    select k.mobile from customer.contact k join customer.customer c on c.id = k.customer_id
                    where k.active and k.mobile is not null and c.stage not in ('RETIRED', 'MERGED')
                      and c.confidentiality = 'ORDINARY'
                    order by md5(k.customer_id::text || '.' || k.id::text) limit 1000""").query(String.class).list();
            List<SearchInput> inputs = new ArrayList<>();
            while (inputs.size() < COUNT) {
                inputs.add(new SearchInput(user, CustomerQuery.text(mobiles.get(random.nextInt(mobiles.size())), 20)));
            }
            return inputs;
        }

        /** An equal share of the inputs from each owner's own data, shuffled. */
        private List<SearchInput> ofOwners(List<SignedInUser> owners, Function<SignedInUser, List<SearchInput>> of) {
            List<SearchInput> inputs = new ArrayList<>();
            for (SignedInUser owner : owners) {
                inputs.addAll(of.apply(owner).subList(0, COUNT / owners.size()));
            }
            java.util.Collections.shuffle(inputs, random);
            return inputs;
        }

        List<SearchInput> codePrefixes(SignedInUser user) {
            List<String> codes = jdbc.sql("""
                    select credit_code from customer.customer
                    where credit_code is not null and stage not in ('RETIRED', 'MERGED')
                    order by md5(id::text) limit 1000""").query(String.class).list();
            List<SearchInput> inputs = new ArrayList<>();
            while (inputs.size() < COUNT) {
                String code = codes.get(random.nextInt(codes.size()));
                inputs.add(new SearchInput(user, CustomerQuery.text(code.substring(0, 6 + random.nextInt(11)), 20)));
            }
            return inputs;
        }

        /** An owner, a stage and a province the owner has customers in; a deep page starts 80 % down. */
        List<SearchInput> ownerLists(SignedInUser user, List<String> managers, boolean deep) {
            List<SearchInput> inputs = new ArrayList<>();
            while (inputs.size() < COUNT) {
                String manager = managers.get(random.nextInt(managers.size()));
                long ownerId = jdbc.sql("select id from access.app_user where username = ?").param(manager)
                        .query(Long.class).single();
                List<String> regions = jdbc.sql("""
                                select region_code from customer.customer where owner_id = ? and stage = 'ACTIVE'
                                order by id desc limit 50""")
                        .param(ownerId).query(String.class).list();
                if (regions.isEmpty()) {
                    continue;
                }
                String province = regions.get(random.nextInt(regions.size())).substring(0, 2) + "0000";
                Long cursor = null;
                if (deep) {
                    List<Long> ids = jdbc.sql("""
                                    select id from customer.customer
                                    where owner_id = ? and stage = 'ACTIVE' and region_code like ?
                                    order by id desc""")
                            .params(ownerId, province.substring(0, 2) + "%").query(Long.class).list();
                    cursor = ids.get((int) (ids.size() * 0.8));
                }
                inputs.add(new SearchInput(user, new CustomerQuery(null, LifecycleStage.ACTIVE, null, null, province,
                        ownerId, null, null, null, null, null, null, null, null, cursor == null ? null : cursor.toString(),
                        20)));
            }
            return inputs;
        }

        /** Stage and province over the whole archive, starting in the oldest tenth of it. */
        List<SearchInput> deepLists(SignedInUser user) {
            List<String> provinces = provinces();
            long[] range = jdbc.sql("select min(id), max(id) from customer.customer")
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            List<SearchInput> inputs = new ArrayList<>();
            while (inputs.size() < COUNT) {
                long cursor = range[0] + (long) (random.nextDouble() * (range[1] - range[0]) / 10) + 1;
                inputs.add(new SearchInput(user, new CustomerQuery(null, randomStage(),
                        null, null, provinces.get(random.nextInt(provinces.size())), null, null, null, null, null,
                        null, null, null, null, Long.toString(cursor), 20)));
            }
            return inputs;
        }

        List<SearchInput> departmentLists(List<SignedInUser> salesAdmins) {
            List<String> provinces = provinces();
            List<SearchInput> inputs = new ArrayList<>();
            while (inputs.size() < COUNT) {
                inputs.add(new SearchInput(salesAdmins.get(random.nextInt(salesAdmins.size())),
                        new CustomerQuery(null, randomStage(), null, null,
                                provinces.get(random.nextInt(provinces.size())), null, null, null, null, null, null,
                                null, null, null, null, 20)));
            }
            return inputs;
        }

        List<Long> cardIds() {
            long[] range = jdbc.sql("select min(id), max(id) from customer.customer")
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            List<Long> ids = new ArrayList<>();
            while (ids.size() < COUNT) {
                ids.add(range[0] + (long) (random.nextDouble() * (range[1] - range[0] + 1)));
            }
            return ids;
        }

        private LifecycleStage randomStage() {
            LifecycleStage[] stages = {LifecycleStage.ACTIVE, LifecycleStage.ACTIVE, LifecycleStage.TARGET,
                    LifecycleStage.DORMANT};
            return stages[random.nextInt(stages.length)];
        }

        private List<String> provinces() {
            return jdbc.sql("""
                    select distinct substr(region_code, 1, 2) || '0000' from customer.customer
                    where id in (select id from customer.customer order by md5(id::text) limit 2000)
                    order by 1""").query(String.class).list();
        }

        private String fragment(String name) {
            int[] points = name.codePoints().toArray();
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < points.length; i++) {
                if (han(points[i]) && han(points[i + 1])) {
                    pairs.add(Character.toString(points[i]) + Character.toString(points[i + 1]));
                }
            }
            return pairs.get(random.nextInt(pairs.size()));
        }

        private static boolean han(int codePoint) {
            return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
        }
    }
}
