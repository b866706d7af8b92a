package com.logicrm.access;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which customers' data a person may see, as a value every module passes into its queries. Use
 * {@link #where(String, String)} to get a parameterised predicate; never filter in memory.
 *
 * @param kind          how far the scope reaches
 * @param userId        the person, who always sees what they own
 * @param departmentIds the departments in reach (own department, or it and all below it); empty for OWN and ALL
 */
public record DataScope(Kind kind, long userId, Set<Long> departmentIds) implements Serializable {

    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    /** From narrowest to widest; a person with several roles gets the widest of them. */
    public enum Kind {
        OWN, DEPARTMENT, DEPARTMENT_AND_CHILDREN, ALL;

        static Kind widest(Iterable<Kind> kinds) {
            Kind widest = OWN;
            for (Kind kind : kinds) {
                widest = Comparator.<Kind>naturalOrder().compare(kind, widest) > 0 ? kind : widest;
            }
            return widest;
        }
    }

    public DataScope {
        departmentIds = Set.copyOf(departmentIds);
        if ((kind == Kind.DEPARTMENT || kind == Kind.DEPARTMENT_AND_CHILDREN) && departmentIds.isEmpty()) {
            throw new IllegalArgumentException("A department scope needs at least one department");
        }
    }

    public boolean coversAll() {
        return kind == Kind.ALL;
    }

    /**
     * Whether a row owned by {@code ownerId} in {@code departmentId} is in scope. Either may be null
     * (a row nobody owns, or in no department), as with {@link #where(String, String)} in SQL.
     */
    public boolean covers(Long ownerId, Long departmentId) {
        return switch (kind) {
            case ALL -> true;
            case OWN -> ownerId != null && ownerId == userId;
            case DEPARTMENT, DEPARTMENT_AND_CHILDREN ->
                    (ownerId != null && ownerId == userId)
                            || (departmentId != null && departmentIds.contains(departmentId));
        };
    }

    /**
     * A SQL predicate restricting rows to this scope. The column names are the caller's own code
     * (checked to be plain identifiers); every value travels as a named parameter.
     */
    public ScopePredicate where(String ownerColumn, String departmentColumn) {
        requireColumn(ownerColumn);
        requireColumn(departmentColumn);
        return switch (kind) {
            case ALL -> new ScopePredicate("true", Map.of());
            case OWN -> new ScopePredicate(ownerColumn + " = :scopeUserId", Map.of("scopeUserId", userId));
            case DEPARTMENT, DEPARTMENT_AND_CHILDREN -> new ScopePredicate(
                    "(" + ownerColumn + " = :scopeUserId or " + departmentColumn + " in (:scopeDepartmentIds))",
                    Map.of("scopeUserId", userId, "scopeDepartmentIds", departmentIds));
        };
    }

    private static void requireColumn(String column) {
        if (column == null || !COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a plain column name: " + column);
        }
    }

    /** A fragment for a {@code where} clause and the named parameters it uses. */
    public record ScopePredicate(String sql, Map<String, Object> parameters) {
    }
}
