package com.logicrm.shipment;

import com.logicrm.customer.CustomerReferences;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Resolves the customer references of a whole batch with one query per kind of reference. */
@Component
class CustomerLookup {

    private final CustomerReferences references;

    CustomerLookup(CustomerReferences references) {
        this.references = references;
    }

    /** The archive id of each reference that names a customer; the others are missing from the map. */
    Map<ShipmentRow.CustomerRef, Long> resolve(Collection<ShipmentRow.CustomerRef> refs) {
        Function<String, List<String>> values = field -> refs.stream().filter(ref -> ref.field().equals(field))
                .map(ShipmentRow.CustomerRef::value).distinct().toList();
        CustomerReferences.Resolved resolved = references.resolve(
                values.apply("customerId").stream().map(Long::valueOf).toList(),
                values.apply("customerArchiveNo"), values.apply("customerCreditCode"));
        Map<ShipmentRow.CustomerRef, Long> found = new HashMap<>();
        for (ShipmentRow.CustomerRef ref : refs) {
            String value = ref.value();
            Optional<Long> id = switch (ref.field()) {
                case "customerId" -> Optional.of(Long.valueOf(value)).filter(resolved.ids()::contains);
                case "customerArchiveNo" -> Optional.ofNullable(resolved.byArchiveNo().get(value));
                default -> Optional.ofNullable(resolved.byCreditCode().get(value));
            };
            id.ifPresent(customer -> found.put(ref, customer));
        }
        return found;
    }
}
