package com.logicrm.bench;

import com.logicrm.access.SignedInUser;
import com.logicrm.collection.CustomerImportView;
import com.logicrm.collection.CustomerListImports;
import com.logicrm.customer.BenchCustomers;
import com.logicrm.shared.identity.CreditCode;
import com.logicrm.shared.jobs.Job;
import com.logicrm.shared.jobs.Jobs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The import benchmark: into an archive that already holds {@code bench.import.existing} customers
 * (100,000 by default, loaded by COPY), imports {@code rows} new customer rows (100,000 by default) through
 * the product's own import — upload, background job, every row checked (cells, codes, lengths, repeats
 * within the file, credit codes, archive numbers and names against the archive), then filed with history —
 * once from a UTF-8 CSV and once from an .xlsx of the same rows. Beside it, in the same run, a bare
 * {@code COPY} of the same CSV into an unindexed table of text columns. A first import of
 * {@code bench.import.warmup} rows (5,000) warms the code up and is not counted. Writes
 * {@code bench/results/<date>-import.{md,json}}.
 *
 * <p>Not a test: {@code bench/run import [rows]}.
 */
public final class ImportBenchmark {

    private static final long SEED = 20261201L;
    private static final String[] HEADER = {"客户名称", "统一社会信用代码", "客户类型", "行业", "注册资本", "成立日期",
            "行政区划代码", "详细地址", "电话", "手机", "标签", "法定代表人"};
    private static final String[] COUNTIES = {"310115", "310104", "310106", "320102", "330106", "440305", "110105"};
    private static final String[] TRADES = {"物流", "货运", "快运", "仓储", "供应链", "冷链", "运输", "国际货代"};
    private static final String[] INDUSTRIES = {"道路货物运输", "仓储业", "国际货运代理", "多式联运", "装卸搬运"};
    private static final String CODE = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int existing = Integer.getInteger("bench.import.existing", 100_000);
        Path results = Path.of(System.getProperty("bench.results", "bench/results"));
        System.out.printf("LogiCRM import benchmark: %,d rows into an archive of %,d customers%n", rows, existing);
        try (BenchApplication application = BenchApplication.start()) {
            ConfigurableApplicationContext context = application.context();
            // the import logs where its time went; tests keep that quiet, the benchmark wants to see it
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.logicrm.collection"))
                    .setLevel(ch.qos.logback.classic.Level.INFO);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            DataSource dataSource = context.getBean(DataSource.class);
            Organisation organisation = Organisation.create(jdbc);
            try (Connection connection = dataSource.getConnection()) {
                BenchCustomers.load(connection, existing, SEED, organisation.owners());
            }
            SignedInUser sales = (SignedInUser) context.getBean(UserDetailsService.class)
                    .loadUserByUsername(organisation.salesAdmins().get(0));

            byte[] csv = csv(rows, new Random(SEED));
            byte[] csvAgain = csv(rows, new Random(SEED + 1));
            byte[] xlsx = xlsx(csvAgain);
            System.out.printf("Files: CSV %,.1f MB, .xlsx %,.1f MB%n", csv.length / 1e6, xlsx.length / 1e6);

            // a first, small import warms the code paths up (class loading, JIT) and is not counted
            importFile(context, sales, "warm-up.csv", csv(Integer.getInteger("bench.import.warmup", 5_000),
                    new Random(SEED + 2)));
            double copySeconds = copy(dataSource, csv);
            System.out.printf("Bare COPY of the CSV into an unindexed table: %.2f s (%,.0f rows/s)%n", copySeconds,
                    rows / copySeconds);
            Timed fromCsv = importFile(context, sales, "bench.csv", csv);
            System.out.printf("Import from CSV: %.2f s (%,.0f rows/s), %d filed, %d bad%n", fromCsv.seconds(),
                    rows / fromCsv.seconds(), fromCsv.view().counts().inserted(), fromCsv.view().counts().bad());
            Timed fromXlsx = importFile(context, sales, "bench.xlsx", xlsx);
            System.out.printf("Import from .xlsx: %.2f s (%,.0f rows/s), %d filed, %d bad%n", fromXlsx.seconds(),
                    rows / fromXlsx.seconds(), fromXlsx.view().counts().inserted(), fromXlsx.view().counts().bad());

            String date = LocalDate.now(ZoneOffset.UTC).toString();
            String markdown = String.format(Locale.ROOT, """
                    Import benchmark, %s: %,d rows into an archive of %,d customers; %d cores, Java %s, PostgreSQL %s

                    | operation | rows | time | rows/s | bare COPY time | bare COPY rows/s | import ÷ COPY time |
                    | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                    | import from CSV (%,.1f MB): upload, check every row, file with history | %,d | %.1f s | %,.0f | %.2f s | %,.0f | %.1f× |
                    | import from .xlsx (%,.1f MB), same kind of rows | %,d | %.1f s | %,.0f | — | — | — |
                    """, date, rows, existing, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), jdbc.sql("show server_version").query(String.class).single(),
                    csv.length / 1e6, rows, fromCsv.seconds(), rows / fromCsv.seconds(), copySeconds,
                    rows / copySeconds, fromCsv.seconds() / copySeconds, xlsx.length / 1e6, rows, fromXlsx.seconds(),
                    rows / fromXlsx.seconds());
            String json = String.format(Locale.ROOT, "{\"date\":\"%s\",\"rows\":%d,\"existing\":%d,"
                    + "\"csvSeconds\":%.3f,\"csvRowsPerSecond\":%.0f,\"xlsxSeconds\":%.3f,\"xlsxRowsPerSecond\":%.0f,"
                    + "\"copySeconds\":%.3f,\"copyRowsPerSecond\":%.0f,\"csvInserted\":%d,\"xlsxInserted\":%d}%n",
                    date, rows, existing, fromCsv.seconds(), rows / fromCsv.seconds(), fromXlsx.seconds(),
                    rows / fromXlsx.seconds(), copySeconds, rows / copySeconds, fromCsv.view().counts().inserted(),
                    fromXlsx.view().counts().inserted());
            Files.createDirectories(results);
            Files.writeString(results.resolve(date + "-import.md"), markdown);
            Files.writeString(results.resolve(date + "-import.json"), json);
            System.out.println();
            System.out.println(markdown);
        }
    }

    private record Timed(double seconds, CustomerImportView view) {
    }

    private static Timed importFile(ConfigurableApplicationContext context, SignedInUser user, String name,
            byte[] content) throws InterruptedException {
        CustomerListImports imports = context.getBean(CustomerListImports.class);
        Jobs jobs = context.getBean(Jobs.class);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            long started = System.nanoTime();
            CustomerImportView uploaded = imports.upload(name, content, null, null, Locale.SIMPLIFIED_CHINESE, user);
            CustomerImportView running = imports.start(uploaded.id(), false, user);
            long jobId = running.job().id();
            while (true) {
                Job job = jobs.find(jobId).orElseThrow();
                if (job.status().finished()) {
                    break;
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            CustomerImportView done = imports.view(uploaded.id(), user);
            if (done.counts().inserted() == null) {
                throw new IllegalStateException("import " + name + " ended " + done.state() + ": " + done.job());
            }
            return new Timed(seconds, done);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static double copy(DataSource dataSource, byte[] csv) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            StringBuilder columns = new StringBuilder();
            for (int i = 0; i < HEADER.length; i++) {
                columns.append(i == 0 ? "" : ", ").append("c").append(i).append(" text");
            }
            statement.execute("create table public.bench_import_raw (" + columns + ")");
            long started = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy public.bench_import_raw from stdin with (format csv, header true)",
                    new ByteArrayInputStream(csv));
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** {@code rows} realistic new customers: unique names, valid credit codes, dates and amounts as people write them. */
    static byte[] csv(int rows, Random random) {
        StringBuilder text = new StringBuilder(rows * 200);
        text.append(String.join(",", HEADER)).append("\r\n");
        for (int i = 0; i < rows; i++) {
            String county = COUNTIES[random.nextInt(COUNTIES.length)];
            String trade = TRADES[random.nextInt(TRADES.length)];
            text.append("导入").append(Integer.toString(random.nextInt(1 << 30), 36)).append(i).append(trade)
                    .append("有限公司,")
                    .append(creditCode(county, random)).append(',')
                    .append("企业,")
                    .append(INDUSTRIES[random.nextInt(INDUSTRIES.length)]).append(',')
                    .append(random.nextInt(1, 500) * 10_000).append(',')
                    .append(1995 + random.nextInt(30)).append('/').append(1 + random.nextInt(12)).append('/')
                    .append(1 + random.nextInt(28)).append(',')
                    .append(county).append(',')
                    .append("示范路 ").append(1 + random.nextInt(2000)).append(" 号,")
                    .append("021-5").append(String.format("%07d", random.nextInt(10_000_000))).append(',')
                    .append("139").append(String.format("%08d", random.nextInt(100_000_000))).append(',')
                    .append(trade).append(',')
                    .append("张").append((char) (0x4E00 + random.nextInt(0x5000))).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(byte[] csv) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("客户");
            String[] lines = new String(csv, StandardCharsets.UTF_8).split("\r\n");
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private static String creditCode(String county, Random random) {
        StringBuilder first17 = new StringBuilder("91").append(county);
        for (int i = 0; i < 9; i++) {
            first17.append(CODE.charAt(random.nextInt(CODE.length())));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }
}
