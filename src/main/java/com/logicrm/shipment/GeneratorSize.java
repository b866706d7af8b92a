package com.logicrm.shipment;

import java.util.Locale;

/** How much the data generator makes: customers and shipments (PLT-4 sizes S, M and L, or any other). */
record GeneratorSize(String name, int customers, long shipments) {

    GeneratorSize {
        if (customers < 1 || shipments < 0) {
            throw new IllegalArgumentException("a size needs at least one customer and no negative shipments");
        }
    }

    static GeneratorSize of(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "S" -> new GeneratorSize("S", 10_000, 200_000);
            case "M" -> new GeneratorSize("M", 100_000, 2_000_000);
            case "L" -> new GeneratorSize("L", 1_000_000, 20_000_000);
            default -> throw new IllegalArgumentException("size is S, M or L, not " + name);
        };
    }
}
