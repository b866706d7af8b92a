package com.logicrm.customer;

import com.logicrm.shared.InvalidField;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Combines two customers' facts field by field (ARC-12). The fields are the components of
 * {@link CustomerFacts}; a descriptive group (operator profile, characteristics, business status,
 * behaviour) is one field, because its parts belong together. A field without a choice keeps the
 * survivor's value, or takes the other's when the survivor has none.
 */
final class MergeFields {

    private static final RecordComponent[] COMPONENTS = CustomerFacts.class.getRecordComponents();

    private MergeFields() {
    }

    static CustomerFacts combine(CustomerFacts survivor, CustomerFacts merged, Map<String, MergeChoice> choices) {
        Map<String, MergeChoice> given = choices == null ? Map.of() : choices;
        List<String> names = List.of(COMPONENTS).stream().map(RecordComponent::getName).toList();
        given.keySet().stream().filter(field -> !names.contains(field)).findFirst().ifPresent(field -> {
            throw new InvalidField("choices", "customer.merge.unknownField", field);
        });
        Object[] values = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            Object mine = value(COMPONENTS[i], survivor);
            Object theirs = value(COMPONENTS[i], merged);
            MergeChoice choice = given.getOrDefault(COMPONENTS[i].getName(), proposed(mine, theirs));
            values[i] = choice == MergeChoice.MERGED ? theirs : mine;
            types[i] = COMPONENTS[i].getType();
        }
        try {
            return CustomerFacts.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields on which the two differ, as text for the side-by-side screen. */
    static List<MergeField> differences(CustomerFacts survivor, CustomerFacts merged) {
        List<MergeField> fields = new ArrayList<>();
        for (RecordComponent component : COMPONENTS) {
            Object mine = value(component, survivor);
            Object theirs = value(component, merged);
            String mineText = text(mine);
            String theirsText = text(theirs);
            if (!Objects.equals(mineText, theirsText)) {
                String label = Record.class.isAssignableFrom(component.getType())
                        ? "customer.group." + component.getName() : "customer.field." + component.getName();
                fields.add(new MergeField(component.getName(), label, mineText, theirsText, proposed(mine, theirs)));
            }
        }
        return fields;
    }

    private static MergeChoice proposed(Object survivor, Object merged) {
        return text(survivor) == null && text(merged) != null ? MergeChoice.MERGED : MergeChoice.SURVIVOR;
    }

    private static String text(Object value) {
        if (value instanceof Record group) {
            String joined = FieldValues.flat(group).values().stream().filter(Objects::nonNull)
                    .filter(part -> !part.isBlank()).collect(Collectors.joining(" / "));
            return joined.isEmpty() ? null : joined;
        }
        String text = FieldValues.text(value);
        return text == null || text.isBlank() ? null : text;
    }

    private static Object value(RecordComponent component, CustomerFacts facts) {
        try {
            return component.getAccessor().invoke(facts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
