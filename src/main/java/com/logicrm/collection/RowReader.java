package com.logicrm.collection;

import com.logicrm.access.Person;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the cells of one data row into field values, column by column as the mapping says, and notes
 * every cell that is not a value of its field. The template's example row (its name marked 【示例】)
 * and rows with nothing in them are not data.
 */
final class RowReader {

    static final String EXAMPLE_MARK = "【示例】";
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，;；、|｜\\n]");

    private final List<ImportField> fields;
    private final ImportVocabulary vocabulary;
    private final Map<String, Long> people = new HashMap<>();

    RowReader(List<ImportField> fields, ImportVocabulary vocabulary, List<Person> everyone) {
        this.fields = fields;
        this.vocabulary = vocabulary;
        for (Person person : everyone) {
            if (person.enabled()) {
                people.putIfAbsent(ImportField.comparable(person.username()), person.id());
                people.putIfAbsent(ImportField.comparable(person.displayName()), person.id());
            }
        }
    }

    /** The row, or empty when it is blank or the template's example. */
    Optional<ImportRow> read(int number, List<String> cells) {
        Map<ImportField, Object> values = new EnumMap<>(ImportField.class);
        List<ImportRow.RowProblem> problems = new ArrayList<>();
        boolean anything = false;
        for (int i = 0; i < fields.size() && i < cells.size(); i++) {
            ImportField field = fields.get(i);
            String cell = cells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            anything = true;
            if (field == null) {
                continue;
            }
            try {
                Object value = value(field, cell);
                if (value != null) {
                    values.put(field, value);
                }
            } catch (CellValues.Unreadable unreadable) {
                problems.add(new ImportRow.RowProblem(field, cell, unreadable.code(), hint(field)));
            }
        }
        Object name = values.get(ImportField.NAME);
        if (!anything || name instanceof String text && text.startsWith(EXAMPLE_MARK)) {
            return Optional.empty();
        }
        return Optional.of(new ImportRow(number, values, problems));
    }

    private Object value(ImportField field, String cell) {
        return switch (field) {
            case OWNER -> owner(cell);
            case TAGS -> Arrays.stream(TAG_SEPARATORS.split(cell)).map(String::strip).filter(t -> !t.isEmpty()).toList();
            case CREDIT_CODE, RESIDENT_ID -> upper(CellValues.code(cell));
            default -> switch (field.kind()) {
                case TEXT -> CellValues.text(cell);
                case CODE -> CellValues.code(cell);
                case CHOICE -> vocabulary.choice(field, cell.strip())
                        .orElseThrow(() -> new CellValues.Unreadable("import.cell.choice"));
                case DATE -> CellValues.date(cell);
                case AMOUNT -> CellValues.amount(cell);
                case WHOLE_NUMBER -> CellValues.wholeNumber(cell);
            };
        };
    }

    private Long owner(String cell) {
        Long id = people.get(ImportField.comparable(cell));
        if (id == null) {
            throw new CellValues.Unreadable("import.cell.owner");
        }
        return id;
    }

    /** For a choice, the values to pick from; nothing for other fields. */
    private String hint(ImportField field) {
        return field.kind() == ImportField.Kind.CHOICE
                ? String.join(" / ", vocabulary.choiceLabels(field, org.springframework.context.i18n.LocaleContextHolder.getLocale()))
                : "";
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
    }
}
