package com.logicrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditHashTests {

    static final String PREVIOUS = AuditHash.sha256("the row before");
    static final Instant AT = Instant.parse("2026-11-23T08:15:30.123456Z");

    static String hash(String previous, Instant at, String... fields) {
        return AuditHash.of(previous, at, fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    static final String[] ROW = {"admin", "USER_CREATED", "user", "42", "manager roles=[ACCOUNT_MANAGER]", "10.0.0.7"};

    @Test
    void theSameRowAlwaysGivesTheSameHash() {
        assertThat(hash(PREVIOUS, AT, ROW)).isEqualTo(hash(PREVIOUS, AT, ROW.clone()))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    /**
     * Rows already in the database were sealed with this formula; a change to it would make every
     * existing chain look tampered with.
     */
    @Test
    void theFormulaStaysCompatibleWithRowsAlreadyWritten() {
        assertThat(AuditHash.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(AuditHash.GENESIS).isEqualTo("0".repeat(64));
        assertThat(hash(AuditHash.GENESIS, AT, ROW)).isEqualTo(GOLDEN);
        assertThat(hash(AuditHash.GENESIS, AT, "system", "DEMO_DATA_CREATED", "department", "1",
                "5 departments, 9 demo users", null)).isEqualTo(GOLDEN_WITH_NULL);
    }

    static final String GOLDEN = "6eeed50652fe7de1971bdd45b0d31decd475be6aa106f1360f0155109184636b";
    static final String GOLDEN_WITH_NULL = "f4ecd656822a7029807586f2ac07b1d90bd92315c993a3846af3989ffa682699";

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = hash(PREVIOUS, AT, ROW);
        Set<String> hashes = new HashSet<>(Set.of(original));

        assertThat(hashes.add(hash(PREVIOUS, AT.plusNanos(1000), ROW))).as("time").isTrue();
        for (int field = 0; field < ROW.length; field++) {
            String[] changed = ROW.clone();
            changed[field] = changed[field] + "x";
            assertThat(hashes.add(hash(PREVIOUS, AT, changed))).as("field %d changed", field).isTrue();

            String[] removed = ROW.clone();
            removed[field] = null;
            assertThat(hashes.add(hash(PREVIOUS, AT, removed))).as("field %d removed", field).isTrue();
        }
    }

    @Test
    void theHashOfThePreviousRowIsPartOfTheHash() {
        assertThat(hash(PREVIOUS, AT, ROW)).isNotEqualTo(hash(AuditHash.GENESIS, AT, ROW));
        assertThat(hash(AuditHash.sha256("another row before"), AT, ROW)).isNotEqualTo(hash(PREVIOUS, AT, ROW));
    }

    @Test
    void aMissingValueDiffersFromAnEmptyOne() {
        for (int field = 0; field < ROW.length; field++) {
            String[] missing = ROW.clone();
            missing[field] = null;
            String[] empty = ROW.clone();
            empty[field] = "";
            assertThat(hash(PREVIOUS, AT, missing)).as("field %d", field).isNotEqualTo(hash(PREVIOUS, AT, empty));
        }
    }

    @Test
    void swappingTwoFieldsChangesTheHash() {
        String[] swapped = ROW.clone();
        swapped[2] = ROW[3];
        swapped[3] = ROW[2];

        assertThat(hash(PREVIOUS, AT, swapped)).isNotEqualTo(hash(PREVIOUS, AT, ROW));
    }

    /**
     * Text moved from one field into the next must change the hash too, even where the text holds
     * the character that separates the fields in the hashed content (a summary copies what a user
     * typed, so it can hold any character).
     */
    @Test
    void textCannotBeShiftedAcrossFieldBoundaries() {
        char separator = '\u001f';
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"admin", "USER_CREATED", "user", "42", "a" + separator + "b", "c"});
        rows.add(new String[] {"admin", "USER_CREATED", "user", "42", "a", "b" + separator + "c"});
        rows.add(new String[] {"admin", "USER_CREATED", "user", "42" + separator + "a", "b", "c"});
        rows.add(new String[] {"admin", "USER_CREATED", "user", "42", "a" + separator, "b" + separator + "c"});
        rows.add(new String[] {"admin", "USER_CREATED", "user", "42", "a" + separator + "\u0000", "c"});
        rows.add(new String[] {"admin", "USER_CREATED", "user", "42", "a", null});
        rows.add(new String[] {"admin", "USER_CREATED", "user", "42", "a", "\u0000"});
        rows.add(new String[] {"admin", "USER_CREATED", "user", "42", "a\\", "c"});
        rows.add(new String[] {"admin", "USER_CREATED", "user", "42", "a", "\\c"});

        assertThat(rows.stream().map(row -> hash(PREVIOUS, AT, row))).doesNotHaveDuplicates();
    }
}
