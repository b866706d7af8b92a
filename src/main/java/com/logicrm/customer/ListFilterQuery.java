package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import com.logicrm.shared.InvalidField;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The customer list's query string as a saved filter keeps it: only the list's own parameters, each
 * value checked, re-encoded in one fixed order. Whatever else was sent (a cursor, a language switch,
 * text someone hoped to have rendered later) is left behind, so what is stored is harmless to put
 * back into a link.
 */
final class ListFilterQuery {

    static final int MAX_LENGTH = 2000;
    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Map<String, Predicate<String>> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("q", value -> value.length() <= 100);
        PARAMETERS.put("stage", oneOf(Stream.of(LifecycleStage.values()).map(Enum::name)));
        PARAMETERS.put("kind", oneOf(Stream.of(CustomerKind.values()).map(Enum::name)));
        PARAMETERS.put("category", oneOf(Stream.of(CustomerCategory.values()).map(Enum::name)));
        PARAMETERS.put("province", REGION.asMatchPredicate());
        PARAMETERS.put("city", REGION.asMatchPredicate());
        PARAMETERS.put("county", REGION.asMatchPredicate());
        PARAMETERS.put("ownerId", ID.asMatchPredicate());
        PARAMETERS.put("needsSegment", oneOf(Stream.of(NeedsSegment.values()).map(Enum::name)));
        PARAMETERS.put("confidentiality", oneOf(Stream.of(Confidentiality.values()).map(Enum::name)));
        PARAMETERS.put("completeness", oneOf(Stream.of("low", "medium", "high")));
        PARAMETERS.put("tag", value -> value.length() <= CustomerTags.MAX_LENGTH);
        PARAMETERS.put("industry", value -> value.length() <= 60);
        PARAMETERS.put("source", Pattern.compile("[A-Z][A-Z0-9_]{1,39}").asMatchPredicate());
        PARAMETERS.put("sort", oneOf(Stream.of(CustomerSort.values()).map(CustomerSort::parameter)));
    }

    private ListFilterQuery() {
    }

    /** The known, non-blank parameters of {@code query} (with or without its leading {@code ?}), re-encoded. */
    static String canonical(String query) {
        Map<String, String> given = decoded(query == null ? "" : query.strip());
        String canonical = PARAMETERS.entrySet().stream()
                .filter(parameter -> given.containsKey(parameter.getKey()))
                .map(parameter -> {
                    String value = given.get(parameter.getKey());
                    if (!parameter.getValue().test(value)) {
                        throw new InvalidField("query", "customer.savedFilter.badParameter", parameter.getKey());
                    }
                    return encode(parameter.getKey()) + "=" + encode(value);
                })
                .collect(Collectors.joining("&"));
        if (canonical.length() > MAX_LENGTH) {
            throw new InvalidField("query", "customer.savedFilter.queryTooLong", MAX_LENGTH);
        }
        return canonical;
    }

    /** The first non-blank value of each parameter, trimmed. */
    private static Map<String, String> decoded(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        String plain = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : plain.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            try {
                String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).strip();
                if (!value.isEmpty()) {
                    values.putIfAbsent(name, value);
                }
            } catch (IllegalArgumentException malformed) {
                throw new InvalidField("query", "customer.savedFilter.malformed");
            }
        }
        return values;
    }

    private static Predicate<String> oneOf(Stream<String> allowed) {
        return List.copyOf(allowed.toList())::contains;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
