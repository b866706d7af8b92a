package com.logicrm.shared.region;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.logicrm.shared.region.Region.Level;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads regions.csv ({@code code,name,parentCode,level}, no quoting) and refuses a list that is not
 * one consistent tree, so a broken file stops the catalogue at its first use instead of answering
 * lookups wrongly.
 */
final class RegionFile {

    static final String RESOURCE = "/reference/regions.csv";
    static final String HEADER = "code,name,parentCode,level";

    private RegionFile() {
    }

    static List<Region> load() {
        try (InputStream in = RegionFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static List<Region> read(Reader source) throws IOException {
        BufferedReader lines = new BufferedReader(source);
        String header = lines.readLine();
        if (header == null || !HEADER.equals(header.replace("\uFEFF", ""))) {
            throw new IllegalStateException("Region list must start with the header " + HEADER);
        }
        List<Region> regions = new ArrayList<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                regions.add(parseLine(line, number));
            }
        }
        check(regions);
        return List.copyOf(regions);
    }

    private static Region parseLine(String line, int number) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw new IllegalStateException("Region list line " + number + " does not have 4 columns: " + line);
        }
        Level level;
        try {
            level = Level.valueOf(cells[3]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Region list line " + number + " has an unknown level: " + line, e);
        }
        return new Region(cells[0], cells[1], level, cells[2].isEmpty() ? null : cells[2]);
    }

    private static void check(List<Region> regions) {
        Map<String, Region> codes = new HashMap<>();
        for (Region region : regions) {
            if (codes.putIfAbsent(region.code(), region) != null) {
                throw new IllegalStateException("Region code " + region.code() + " appears twice");
            }
        }
        regions.forEach(region -> checkStructure(region, codes));
    }

    /** Checks that the code fits its level and that the parent is the division the code says. */
    private static void checkStructure(Region region, Map<String, Region> codes) {
        String code = region.code();
        if (code == null || !code.matches("\\d{6}") || region.name() == null || region.name().isBlank()) {
            throw new IllegalStateException("Region " + code + " needs a 6-digit code and a name");
        }
        boolean fits = switch (region.level()) {
            case PROVINCE -> code.endsWith("0000") && region.parentCode() == null;
            case CITY -> code.endsWith("00") && !code.endsWith("0000")
                    && hasParent(region, code.substring(0, 2) + "0000", Level.PROVINCE, codes);
            case COUNTY -> !code.endsWith("00")
                    && hasParent(region, code.substring(0, 4) + "00", Level.CITY, codes);
        };
        if (!fits) {
            throw new IllegalStateException("Region " + code + " " + region.name()
                    + " does not fit its level " + region.level() + " or its parent " + region.parentCode());
        }
    }

    private static boolean hasParent(Region region, String expectedCode, Level expectedLevel, Map<String, Region> codes) {
        Region parent = codes.get(expectedCode);
        return expectedCode.equals(region.parentCode()) && parent != null && parent.level() == expectedLevel;
    }
}
