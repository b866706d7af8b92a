package com.logicrm.realdata;

import com.logicrm.access.SignedInUser;
import com.logicrm.classification.RunView;
import com.logicrm.customer.ArchiveMatch;
import com.logicrm.shipment.ReturnItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The UCI Online Retail profile (D. Chen, UCI Machine Learning Repository id 352, CC BY 4.0): a UK
 * online retailer's invoice lines of 2010-12-01 to 2011-12-09. Each {@code CustomerID} becomes a
 * customer, filed without a credit code under the name {@code Online Retail customer <CustomerID>}
 * (which identifies it in later runs, as in the Olist profile); each invoice line becomes a shipment
 * with external id {@code <InvoiceNo>-<n>} (its n-th line in the file), ordered on the invoice's day,
 * pieces the quantity and revenue quantity × unit price rounded to the cent (half up; the data are in
 * GBP and are loaded as the figures they are, not converted). A cancellation — an invoice number
 * starting with {@code C} — is a return of the amount cancelled (退赔折价, kind {@code RETURN},
 * responsibility undetermined: the data do not say). Lines without a CustomerID cannot be given to a
 * customer: they are skipped and counted, as are cancellations whose amount rounds to zero (a return
 * must be more than zero). Then, unless told otherwise, one classification run covers the data's period.
 */
@Component
class OnlineRetailProfile {

    static final String SOURCE = "UCI-OR";
    static final List<String> COLUMNS = List.of("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
            "UnitPrice", "CustomerID", "Country");

    private final ProductLoads loads;

    OnlineRetailProfile(ProductLoads loads) {
        this.loads = loads;
    }

    /** What a run read, skipped, filed, loaded and — when asked — what the classification made of it. */
    record Loaded(long rows, long withoutCustomer, long cancellations, long zeroCancellations, int customers,
            ProductLoads.FiledCustomers filed, ProductLoads.LoadedShipments shipments,
            ProductLoads.LoadedReturns returns, LocalDate firstDay, LocalDate lastDay, RunView run) {
    }

    /** One invoice line with a customer, as far as the profile needs it. */
    private record Line(String customer, String externalId, boolean cancelled, LocalDate day, long quantity,
            BigDecimal amount, String invoice, String stockCode, String description) {
    }

    Loaded load(Path file, boolean classify, SignedInUser user) {
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> lineOfInvoice = new HashMap<>();
        Map<String, Map<String, Integer>> countries = new LinkedHashMap<>();
        Map<String, LocalDate> firstDay = new HashMap<>();
        long[] counts = {0, 0};
        CsvFile.each(file, COLUMNS, row -> {
            counts[0]++;
            String invoice = row.get("InvoiceNo");
            int n = lineOfInvoice.merge(invoice, 1, Integer::sum);
            String customer = customerId(row.get("CustomerID"));
            if (customer == null) {
                counts[1]++;
                return;
            }
            LocalDate day = LocalDate.parse(row.get("InvoiceDate").substring(0, 10));
            long quantity = Long.parseLong(row.get("Quantity"));
            BigDecimal amount = amount(quantity, row.get("UnitPrice"));
            lines.add(new Line(customer, invoice + "-" + n, invoice.startsWith("C"), day, quantity, amount, invoice,
                    row.get("StockCode"), row.get("Description")));
            countries.computeIfAbsent(customer, c -> new HashMap<>()).merge(
                    row.get("Country") == null ? "" : row.get("Country"), 1, Integer::sum);
            firstDay.merge(customer, day, (a, b) -> a.isBefore(b) ? a : b);
        });
        List<ProductLoads.CustomerLine> customers = new ArrayList<>();
        countries.forEach((customer, seen) -> customers.add(new ProductLoads.CustomerLine(name(customer),
                "OR " + customer, "礼品零售批发", mostSeen(seen), "Online Retail", firstDay.get(customer))));
        ProductLoads.FiledCustomers filed = loads.importCustomers("online-retail-customers.csv", customers, user);
        List<String> shipments = new ArrayList<>();
        List<ReturnItem> returns = new ArrayList<>();
        long cancellations = 0;
        long zeroCancellations = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (Line line : lines) {
            ArchiveMatch customer = filed.byName().get(name(line.customer()));
            if (customer == null) {
                continue; // the import refused the customer; its report says why
            }
            if (line.cancelled()) {
                cancellations++;
                BigDecimal cancelled = line.amount().abs();
                if (cancelled.signum() == 0) {
                    zeroCancellations++;
                    continue;
                }
                returns.add(new ReturnItem(null, line.externalId(), null, customer.archiveNo(), null,
                        line.day().toString(), "RETURN", cancelled, reason(line), "UNDETERMINED", null, null));
                continue;
            }
            shipments.add(String.join(",", line.externalId(), "", customer.archiveNo(), "", line.day().toString(),
                    "EXPRESS", Long.toString(line.quantity()), "", "", line.amount().toPlainString(), "", "", "", ""));
            first = first == null || line.day().isBefore(first) ? line.day() : first;
            last = last == null || line.day().isAfter(last) ? line.day() : last;
        }
        ProductLoads.LoadedShipments loaded = loads.loadShipments(SOURCE, "online-retail-shipments.csv", shipments,
                user);
        ProductLoads.LoadedReturns loadedReturns = loads.loadReturns(SOURCE, returns, user);
        RunView run = classify && first != null ? loads.classify(first, last, user) : null;
        return new Loaded(counts[0], counts[1], cancellations, zeroCancellations, customers.size(), filed, loaded,
                loadedReturns, first, last, run);
    }

    /** The archive name of an Online Retail customer, which also identifies it in later runs. */
    static String name(String customerId) {
        return "Online Retail customer " + customerId;
    }

    /** The data write CustomerID as a float ({@code 17850.0}); the customer is the whole number. */
    static String customerId(String cell) {
        if (cell == null) {
            return null;
        }
        return cell.endsWith(".0") ? cell.substring(0, cell.length() - 2) : cell;
    }

    /** Quantity × unit price, rounded to the cent half up. */
    static BigDecimal amount(long quantity, String unitPrice) {
        return BigDecimal.valueOf(quantity).multiply(new BigDecimal(unitPrice)).setScale(2, RoundingMode.HALF_UP);
    }

    private static String reason(Line line) {
        String what = line.description() == null ? line.stockCode() : line.stockCode() + " " + line.description();
        return "发票 " + line.invoice() + " 取消 " + Math.abs(line.quantity()) + " 件：" + what;
    }

    private static String mostSeen(Map<String, Integer> seen) {
        return seen.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).filter(country -> !country.isEmpty()).orElse(null);
    }
}
