package com.logicrm.collection;

import com.logicrm.customer.CustomerCategory;
import com.logicrm.customer.CustomerKind;
import com.logicrm.customer.CustomerRelation;
import com.logicrm.customer.NeedsSegment;
import com.logicrm.shared.Confidentiality;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words an import understands: which field a column header means, and which coded value (企业,
 * Enterprise, ENTERPRISE …) a cell of an enumerated field means — in Chinese and English, from the same
 * message files the pages and exports use.
 */
@Component
class ImportVocabulary {

    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    /** Columns of LogiCRM's own export that are worked out by the archive, not imported. */
    private static final Set<String> DERIVED_COLUMNS = Set.of("stage", "regionName", "completeness", "createdAt");

    private final MessageSource messages;
    private final Map<String, ImportField> headers = new HashMap<>();
    private final Map<String, String> derivedHeaders = new HashMap<>();
    private final Map<ImportField, Map<String, Enum<?>>> choices = new HashMap<>();

    ImportVocabulary(MessageSource messages) {
        this.messages = messages;
        for (ImportField field : ImportField.values()) {
            field.aliases().forEach(alias -> headers.putIfAbsent(ImportField.comparable(alias), field));
            for (Locale language : LANGUAGES) {
                headers.putIfAbsent(ImportField.comparable(label(field.labelKey(), language)), field);
                headers.putIfAbsent(ImportField.comparable(label("export.column." + field.key(), language)), field);
            }
        }
        for (String derived : DERIVED_COLUMNS) {
            for (Locale language : LANGUAGES) {
                derivedHeaders.put(ImportField.comparable(label("export.column." + derived, language)), derived);
            }
        }
        choices.put(ImportField.KIND, labels(CustomerKind.values(), "customer.kind."));
        choices.put(ImportField.CATEGORY, labels(CustomerCategory.values(), "customer.category."));
        choices.put(ImportField.RELATION, labels(CustomerRelation.values(), "customer.relation."));
        choices.put(ImportField.NEEDS_SEGMENT, labels(NeedsSegment.values(), "customer.segment."));
        choices.put(ImportField.CONFIDENTIALITY, labels(Confidentiality.values(), "confidentiality."));
    }

    /** The field a header means, if it is one LogiCRM knows. */
    Optional<ImportField> field(String header) {
        return Optional.ofNullable(headers.get(ImportField.comparable(header)));
    }

    /** Whether the header is one of the export's worked-out columns, which an import leaves alone. */
    boolean derived(String header) {
        return derivedHeaders.containsKey(ImportField.comparable(header));
    }

    /** The coded value a cell means, or empty when it means none of the field's values. */
    Optional<Enum<?>> choice(ImportField field, String cell) {
        return Optional.ofNullable(choices.getOrDefault(field, Map.of()).get(ImportField.comparable(cell)));
    }

    /** The values of an enumerated field as a person picks them in the template's drop-down. */
    List<String> choiceLabels(ImportField field, Locale locale) {
        String prefix = switch (field) {
            case KIND -> "customer.kind.";
            case CATEGORY -> "customer.category.";
            case RELATION -> "customer.relation.";
            case NEEDS_SEGMENT -> "customer.segment.";
            case CONFIDENTIALITY -> "confidentiality.";
            default -> null;
        };
        if (prefix == null) {
            return List.of();
        }
        return choices.get(field).values().stream().distinct().map(value -> label(prefix + value.name(), locale))
                .toList();
    }

    String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private Map<String, Enum<?>> labels(Enum<?>[] values, String prefix) {
        Map<String, Enum<?>> byText = new java.util.LinkedHashMap<>();
        for (Enum<?> value : values) {
            byText.put(ImportField.comparable(value.name()), value);
            for (Locale language : LANGUAGES) {
                byText.putIfAbsent(ImportField.comparable(label(prefix + value.name(), language)), value);
            }
        }
        return byText;
    }
}
