package com.logicrm.collection;

import com.logicrm.access.SignedInUser;
import com.logicrm.customer.CustomerManagement;
import com.logicrm.shared.NotFound;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every COL-2 entry form does around its own rows: shows them only to those who may see their
 * customer, and writes the archive's catalogue in Chinese. Called inside the forms' transactions.
 */
@Component
class EntryForms {

    private final CustomerManagement customers;
    private final MessageSource messages;

    EntryForms(CustomerManagement customers, MessageSource messages) {
        this.customers = customers;
        this.messages = messages;
    }

    /** The archive is kept in Chinese whatever the language of the screen it was entered on. */
    String inArchiveLanguage(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    /** A customer's filled-in forms, if the customer is visible to the caller (otherwise its 404). */
    <T> List<T> of(long customerId, LongFunction<List<T>> rows, SignedInUser user) {
        customers.get(customerId, user);
        return rows.apply(customerId);
    }

    /** One filled-in form whose customer the caller may see; otherwise {@code missing}, as if there were none. */
    <T> T visible(Optional<T> found, ToLongFunction<T> customerId, Supplier<? extends NotFound> missing,
            SignedInUser user) {
        T form = found.orElseThrow(missing);
        try {
            customers.get(customerId.applyAsLong(form), user);
        } catch (NotFound hidden) {
            throw missing.get();
        }
        return form;
    }
}
