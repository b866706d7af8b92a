package com.logicrm.customer;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How complete an archive card is (ARC-11): weighted fields add up to 100; the fields still missing
 * are listed so that a sales admin knows what to collect. Enterprises and individuals are weighed
 * differently: an individual has no credit code but needs a reachable phone.
 */
record Completeness(int score, List<String> missing) {

    private static final Map<String, Weighted> ENTERPRISE = new LinkedHashMap<>();
    private static final Map<String, Weighted> INDIVIDUAL = new LinkedHashMap<>();

    private record Weighted(int weight, Function<CustomerFacts, Object> value) {
    }

    /** The accessors of each group record, looked up once: a card is weighed on every view. */
    private static final ClassValue<List<MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<MethodHandle> computeValue(Class<?> type) {
            List<MethodHandle> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    accessors.add(MethodHandles.publicLookup().unreflect(component.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return List.copyOf(accessors);
        }
    };

    static {
        ENTERPRISE.put("name", new Weighted(10, CustomerFacts::name));
        ENTERPRISE.put("creditCode", new Weighted(15, CustomerFacts::creditCode));
        ENTERPRISE.put("regionCode", new Weighted(10, CustomerFacts::regionCode));
        ENTERPRISE.put("address", new Weighted(8, CustomerFacts::address));
        ENTERPRISE.put("phone", new Weighted(10, facts -> facts.phone() != null ? facts.phone() : facts.mobile()));
        ENTERPRISE.put("email", new Weighted(4, CustomerFacts::email));
        ENTERPRISE.put("industry", new Weighted(5, CustomerFacts::industry));
        ENTERPRISE.put("legalForm", new Weighted(5, CustomerFacts::legalForm));
        ENTERPRISE.put("registeredCapital", new Weighted(5, CustomerFacts::registeredCapital));
        ENTERPRISE.put("businessScope", new Weighted(5, CustomerFacts::businessScope));
        ENTERPRISE.put("foundingDate", new Weighted(3, CustomerFacts::foundingDate));
        ENTERPRISE.put("staffCount", new Weighted(3, CustomerFacts::staffCount));
        ENTERPRISE.put("operator.name", new Weighted(7, facts -> facts.operator() == null ? null : facts.operator().name()));
        ENTERPRISE.put("characteristics", new Weighted(5, facts -> anyText(facts.characteristics())));
        ENTERPRISE.put("businessStatus", new Weighted(5, facts -> anyText(facts.businessStatus())));

        INDIVIDUAL.put("name", new Weighted(15, CustomerFacts::name));
        INDIVIDUAL.put("residentId", new Weighted(15, CustomerFacts::residentId));
        INDIVIDUAL.put("mobile", new Weighted(20, facts -> facts.mobile() != null ? facts.mobile() : facts.phone()));
        INDIVIDUAL.put("regionCode", new Weighted(10, CustomerFacts::regionCode));
        INDIVIDUAL.put("address", new Weighted(10, CustomerFacts::address));
        INDIVIDUAL.put("email", new Weighted(10, CustomerFacts::email));
        INDIVIDUAL.put("industry", new Weighted(5, CustomerFacts::industry));
        INDIVIDUAL.put("characteristics", new Weighted(5, facts -> anyText(facts.characteristics())));
        INDIVIDUAL.put("behaviour", new Weighted(10, facts -> anyText(facts.behaviour())));
    }

    static Completeness of(CustomerFacts facts) {
        Map<String, Weighted> weights = facts.kind() == CustomerKind.INDIVIDUAL ? INDIVIDUAL : ENTERPRISE;
        int score = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Weighted> field : weights.entrySet()) {
            Object value = field.getValue().value().apply(facts);
            if (value != null && !(value instanceof String text && text.isBlank())) {
                score += field.getValue().weight();
            } else {
                missing.add(field.getKey());
            }
        }
        return new Completeness(score, List.copyOf(missing));
    }

    private static Object anyText(Record group) {
        if (group == null) {
            return null;
        }
        for (MethodHandle accessor : ACCESSORS.get(group.getClass())) {
            Object value;
            try {
                value = accessor.invoke(group);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (value != null && !value.toString().isBlank()) {
                return value;
            }
        }
        return null;
    }
}
