package com.logicrm.collection;

/**
 * What the last check or import of a file found and did. {@code toInsert}/{@code toUpdate} are what
 * the check found would be filed or changed; {@code inserted}/{@code updated}/{@code unchanged} what the
 * import did. Null where that step has not run.
 */
public record ImportCounts(Integer rows, Integer bad, Integer duplicates, Integer toInsert, Integer toUpdate,
        Integer inserted, Integer updated, Integer unchanged) {
}
