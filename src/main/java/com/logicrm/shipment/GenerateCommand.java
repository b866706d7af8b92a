package com.logicrm.shipment;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar logicrm.jar generate --size S|M|L [--seed N]}: fills the configured database with a
 * synthetic data set ({@link ShipmentGenerator}). Does nothing unless the first argument is
 * {@code generate}; the application's main starts such a run without a web server and exits when the
 * runners are done. Runs after the other runners (partitions, accounts, demo data).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class GenerateCommand implements ApplicationRunner {

    static final String COMMAND = "generate";
    static final long DEFAULT_SEED = 20_261_201L;
    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final ShipmentGenerator generator;

    GenerateCommand(ShipmentGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> args = List.of(arguments.getSourceArgs());
        if (args.isEmpty() || !args.get(0).equals(COMMAND)) {
            return;
        }
        GeneratorSize size = GeneratorSize.of(option(args, "size", "S"));
        long seed = Long.parseLong(option(args, "seed", Long.toString(DEFAULT_SEED)));
        ShipmentGenerator.Generated generated = generator.generate(size, seed);
        log.info("Generated size {} with seed {}: {} customers, {} shipments", size.name(), seed,
                generated.customerIds().size(), generated.shipments());
    }

    /** {@code --name value} or {@code --name=value}. */
    static String option(List<String> args, String name, String otherwise) {
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--" + name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return otherwise;
    }
}
