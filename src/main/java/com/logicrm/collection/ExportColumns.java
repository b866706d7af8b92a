package com.logicrm.collection;

import com.logicrm.customer.ExportedCustomer;
import com.logicrm.shared.region.Regions;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * The columns of a customer list export, headed in the person's language; coded values (kind, stage,
 * level …) are written as their names in that language, the region as its full name beside its code,
 * so the file reads without a key and imports back.
 */
final class ExportColumns {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private record Column(String key, Function<ExportedCustomer, Object> value) {
    }

    private final List<Column> columns;
    private final MessageSource messages;
    private final Locale locale;
    /** Labels and region names repeat on every row; looked up once each. */
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> regions = new HashMap<>();

    ExportColumns(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.columns = List.of(
                new Column("archiveNo", ExportedCustomer::archiveNo),
                new Column("name", ExportedCustomer::name),
                new Column("shortName", ExportedCustomer::shortName),
                new Column("kind", c -> label("customer.kind." + c.kind())),
                new Column("category", c -> label("customer.category." + c.category())),
                new Column("stage", c -> label("customer.stage." + c.stage())),
                new Column("creditCode", ExportedCustomer::creditCode),
                new Column("regionCode", ExportedCustomer::regionCode),
                new Column("regionName", c -> c.regionCode() == null ? null
                        : regions.computeIfAbsent(c.regionCode(),
                                code -> Regions.standard().fullName(code).orElse(""))),
                new Column("address", ExportedCustomer::address),
                new Column("industry", ExportedCustomer::industry),
                new Column("phone", ExportedCustomer::phone),
                new Column("mobile", ExportedCustomer::mobile),
                new Column("email", ExportedCustomer::email),
                new Column("website", ExportedCustomer::website),
                new Column("needsSegment", c -> c.needsSegment() == null ? null
                        : label("customer.segment." + c.needsSegment())),
                new Column("tags", c -> c.tags().isEmpty() ? null : String.join("、", c.tags())),
                new Column("owner", ExportedCustomer::ownerName),
                new Column("completeness", ExportedCustomer::completeness),
                new Column("confidentiality", c -> label("confidentiality." + c.confidentiality())),
                new Column("createdAt", c -> TIME.format(c.createdAt().atZone(zone))));
    }

    List<String> header() {
        return columns.stream().map(column -> label("export.column." + column.key())).toList();
    }

    List<Object> row(ExportedCustomer customer) {
        return columns.stream().map(column -> column.value().apply(customer)).toList();
    }

    String label(String key) {
        return labels.computeIfAbsent(key, k -> messages.getMessage(k, null, k, locale));
    }
}
