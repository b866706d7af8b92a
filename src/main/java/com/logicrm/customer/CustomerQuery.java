package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A search of the archive. Every criterion is optional; {@code q} matches name and short name
 * fragments (Chinese from 1 character, Latin from 2), a credit-code prefix or a phone number;
 * {@code tag} is one free tag the customer must carry, {@code source} the COL-1 source it was filed from. {@code sort} defaults to newest first;
 * {@code cursor} is the {@code nextCursor} of the previous page in the same sort.
 */
public record CustomerQuery(String q, LifecycleStage stage, CustomerKind kind, CustomerCategory category,
        String regionCode, Long ownerId, String industry, NeedsSegment needsSegment, Confidentiality confidentiality,
        Integer minCompleteness, Integer maxCompleteness, String tag, String source, CustomerSort sort, String cursor,
        int size) {

    public CustomerQuery {
        size = size <= 0 ? 20 : Math.min(size, 200);
        sort = sort == null ? CustomerSort.NEWEST : sort;
    }

    /**
     * The filters (not the order, page or size) as the list API's query parameters, URL-encoded: the
     * same selection as a link, e.g. to export what the list page shows.
     */
    public String filterParameters() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("stage", stage);
        values.put("kind", kind);
        values.put("category", category);
        values.put("regionCode", regionCode);
        values.put("ownerId", ownerId);
        values.put("industry", industry);
        values.put("needsSegment", needsSegment);
        values.put("confidentiality", confidentiality);
        values.put("minCompleteness", minCompleteness);
        values.put("maxCompleteness", maxCompleteness);
        values.put("tag", tag);
        values.put("source", source);
        return values.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().toString().isBlank())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue().toString().strip(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static CustomerQuery all(int size) {
        return new CustomerQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, size);
    }

    public static CustomerQuery text(String q, int size) {
        return new CustomerQuery(q, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, size);
    }
}
