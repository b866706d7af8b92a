package com.logicrm.realdata;

import com.logicrm.access.OnBehalf;
import com.logicrm.classification.GradeShare;
import com.logicrm.classification.RunSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar logicrm.jar load-olist <dir> [--as user]} and
 * {@code java -jar logicrm.jar load-online-retail <file> [--as user] [--no-classification]}: load a real
 * data set through the product's own paths as {@code user} (the supervisor by default, who may import,
 * load shipments and returns and run classifications) and log what came out. Does nothing unless the
 * first argument is one of the commands; the application's main starts such a run without a web
 * server and exits when the runners are done.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RealDataCommand implements ApplicationRunner {

    static final String OLIST = "load-olist";
    static final String ONLINE_RETAIL = "load-online-retail";
    static final Set<String> COMMANDS = Set.of(OLIST, ONLINE_RETAIL);
    static final String DEFAULT_USER = "supervisor";
    private static final Logger log = LoggerFactory.getLogger(RealDataCommand.class);

    private final OnBehalf onBehalf;
    private final OlistProfile olist;
    private final OnlineRetailProfile onlineRetail;

    RealDataCommand(OnBehalf onBehalf, OlistProfile olist, OnlineRetailProfile onlineRetail) {
        this.onBehalf = onBehalf;
        this.olist = olist;
        this.onlineRetail = onlineRetail;
    }

    /** The command's arguments: what to load, as whom, and whether to classify afterwards. */
    record Arguments(String command, Path data, String user, boolean classify) {

        static Arguments of(List<String> args) {
            if (args.size() < 2 || args.get(1).startsWith("--")) {
                throw new IllegalArgumentException("usage: " + args.get(0) + " <"
                        + (args.get(0).equals(OLIST) ? "directory" : "file") + "> [--as user]"
                        + (args.get(0).equals(ONLINE_RETAIL) ? " [--no-classification]" : ""));
            }
            String user = DEFAULT_USER;
            for (int i = 2; i < args.size(); i++) {
                if (args.get(i).equals("--as") && i + 1 < args.size()) {
                    user = args.get(i + 1);
                } else if (args.get(i).startsWith("--as=")) {
                    user = args.get(i).substring("--as=".length());
                }
            }
            return new Arguments(args.get(0), Path.of(args.get(1)), user, !args.contains("--no-classification"));
        }
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> args = List.of(arguments.getSourceArgs());
        if (args.isEmpty() || !COMMANDS.contains(args.get(0))) {
            return;
        }
        Arguments given = Arguments.of(args);
        long started = System.nanoTime();
        onBehalf.run(given.user(), user -> {
            if (given.command().equals(OLIST)) {
                report(olist.load(given.data(), user));
            } else {
                report(onlineRetail.load(given.data(), given.classify(), user));
            }
        });
        log.info("{} done in {} s", given.command(), (System.nanoTime() - started) / 1_000_000_000);
    }

    private static void report(OlistProfile.Loaded loaded) {
        log.info("Olist: {} orders, {} items ({} without an order), {} sellers, orders from {} to {}", loaded.orders(),
                loaded.items(), loaded.itemsWithoutOrder(), loaded.sellers(), loaded.firstOrder(), loaded.lastOrder());
        customers(loaded.customers());
        shipments(loaded.shipments());
        log.info("Olist: {} pick-ups after the delivery left out", loaded.pickupsLeftOut());
        log.info("On time (KPI-1, {} to {}): {} of {} delivered shipments, {}", loaded.firstOrder(), loaded.lastOrder(),
                loaded.overall().numerator(), loaded.overall().denominator(), loaded.overall().value());
        for (int minimum : new int[] {1, 20}) {
            OnTimeSpread spread = OnTimeSpread.of(loaded.onTime(), minimum);
            log.info("Sellers with {} or more deliveries: {}; on-time rate lowest {}, quartiles {} / {} / {}, highest {}",
                    minimum, spread.sellers(), spread.lowest(), spread.lowerQuartile(), spread.median(),
                    spread.upperQuartile(), spread.highest());
            spread.bands().forEach(band -> log.info("  from {} below {}: {} sellers", band.from(),
                    band.below() == null ? "-" : band.below(), band.sellers()));
        }
    }

    private static void report(OnlineRetailProfile.Loaded loaded) {
        log.info("Online Retail: {} lines, {} without a CustomerID skipped, {} customers, shipments from {} to {}",
                loaded.rows(), loaded.withoutCustomer(), loaded.customers(), loaded.firstDay(), loaded.lastDay());
        customers(loaded.filed());
        shipments(loaded.shipments());
        log.info("Returns: {} cancellations ({} of zero amount skipped), {} loaded, {} already loaded, {} refused",
                loaded.cancellations(), loaded.zeroCancellations(), loaded.returns().loaded(),
                loaded.returns().alreadyLoaded(), loaded.returns().rejected());
        if (loaded.run() == null) {
            return;
        }
        RunSummary summary = loaded.run().summary();
        log.info("Classification run {}: {} customers, revenue {}", loaded.run().id(), summary.customers(),
                summary.revenue());
        for (GradeShare grade : summary.grades()) {
            log.info("  class {}: {} customers ({} %), revenue share {} %", grade.grade(), grade.customers(),
                    grade.customerShare(), grade.revenueShare());
        }
        summary.deciles().forEach(decile -> log.info("  decile {}: revenue share {} %", decile.decile(),
                decile.revenueShare()));
        summary.segments().forEach(segment -> log.info("  RFM {}: {} customers", segment.segment(),
                segment.customers()));
    }

    private static void customers(ProductLoads.FiledCustomers filed) {
        log.info("Customers: {} rows imported, {} filed, {} skipped ({} already in the archive)", filed.rows(),
                filed.filed(), filed.skipped(), filed.duplicates());
    }

    private static void shipments(ProductLoads.LoadedShipments loaded) {
        log.info("Shipments: {} lines in {} files, {} loaded, {} already loaded, {} refused {}", loaded.lines(),
                loaded.files(), loaded.loaded(), loaded.alreadyLoaded(), loaded.rejected(), loaded.firstErrors());
    }
}
