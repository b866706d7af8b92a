package com.logicrm.customer;

import com.logicrm.shared.InvalidField;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks a source code against the dictionary of information sources, when one is present: the
 * archive runs without information collection too (then any source is refused, as none is known).
 */
@Component
class SourceCheck {

    private final ObjectProvider<InformationSources> sources;

    SourceCheck(ObjectProvider<InformationSources> sources) {
        this.sources = sources;
    }

    /** The code in its stored form, or null for none; 400 naming {@code source} if it is not a usable source. */
    String checked(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String normal = code.strip().toUpperCase(Locale.ROOT);
        InformationSources dictionary = sources.getIfAvailable();
        if (dictionary == null || !dictionary.accepts(normal)) {
            throw new InvalidField("source", "customer.sourceUnknown", code.strip());
        }
        return normal;
    }

    String name(String code, Locale locale) {
        InformationSources dictionary = sources.getIfAvailable();
        if (code == null || code.isBlank()) {
            return null;
        }
        return dictionary == null ? code : dictionary.find(code).map(s -> s.name(locale)).orElse(code);
    }

    List<InformationSource> choices() {
        InformationSources dictionary = sources.getIfAvailable();
        return dictionary == null ? List.of() : dictionary.active();
    }
}
