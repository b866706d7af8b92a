package com.logicrm.shared.region;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.logicrm.shared.region.Region.Level;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of administrative divisions, province → city → county, read once from
 * {@code reference/regions.csv} (NBS 2023 codes written as 6-digit GB/T 2260 codes; see the README
 * next to that file). Immutable and free of Spring, so value types and tests can use
 * {@link #standard()} directly.
 */
public final class Regions {

    static final String RESOURCE = "/reference/regions.csv";
    static final String HEADER = "code,name,parentCode,level";

    /**
     * Prefectures that only group counties (北京 110100 市辖区, 重庆 500200 县, 河南 419000 …). GB/T 2260
     * has them, but nobody writes them in an address, so full names and search leave them out.
     */
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    /** Suffixes people leave out when they type a place ("广东深圳南山"); longest first. */
    private static final List<String> SUFFIXES = List.of("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区",
            "自治区", "地区", "省", "市", "区", "县", "盟", "旗");

    private final List<Region> all;
    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> children;
    private final List<Region> provinces;
    private final Map<String, String> fullNames;
    private final Map<String, List<Region>> byName;
    private final List<SearchEntry> searchEntries;

    private Regions(List<Region> regions) {
        Map<String, Region> codes = new LinkedHashMap<>();
        for (Region region : regions) {
            if (codes.putIfAbsent(region.code(), region) != null) {
                throw new IllegalStateException("Region code " + region.code() + " appears twice");
            }
        }
        regions.forEach(region -> checkStructure(region, codes));
        this.all = regions.stream().sorted(Comparator.comparing(Region::code)).toList();
        this.byCode = Map.copyOf(codes);

        Map<String, List<Region>> kids = new HashMap<>();
        all.stream().filter(r -> r.parentCode() != null)
                .forEach(r -> kids.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r));
        this.children = copyOfLists(kids);
        this.provinces = all.stream().filter(r -> r.level() == Level.PROVINCE).toList();

        Map<String, String> full = new HashMap<>();
        Map<String, List<Region>> names = new HashMap<>();
        List<SearchEntry> entries = new ArrayList<>();
        for (Region region : all) {
            List<Region> path = pathOf(region);
            String fullName = join(path, region, false);
            full.put(region.code(), fullName);
            names.computeIfAbsent(region.name(), k -> new ArrayList<>()).add(region);
            if (!fullName.equals(region.name())) {
                names.computeIfAbsent(fullName, k -> new ArrayList<>()).add(region);
            }
            if (!isPlaceholder(region)) {
                entries.add(new SearchEntry(region, fullName, join(path, region, true)));
            }
        }
        this.fullNames = Map.copyOf(full);
        this.byName = copyOfLists(names);
        this.searchEntries = List.copyOf(entries);
    }

    /** The catalogue shipped with the application, loaded on first use. */
    public static Regions standard() {
        return Standard.INSTANCE;
    }

    /** Holder class: the file is read when the catalogue is first asked for, and only once. */
    private static final class Standard {
        static final Regions INSTANCE = load();
    }

    static Regions load() {
        try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Reads a catalogue in the format of regions.csv and checks that it forms one consistent tree. */
    static Regions read(Reader source) throws IOException {
        BufferedReader lines = new BufferedReader(source);
        String header = lines.readLine();
        if (header == null || !HEADER.equals(header.replace("\uFEFF", ""))) {
            throw new IllegalStateException("Region list must start with the header " + HEADER);
        }
        List<Region> regions = new ArrayList<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
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
            regions.add(new Region(cells[0], cells[1], level, cells[2].isEmpty() ? null : cells[2]));
        }
        return new Regions(regions);
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** Every division, in code order. */
    public List<Region> all() {
        return all;
    }

    public List<Region> provinces() {
        return provinces;
    }

    /** The divisions directly below the given one, in code order; empty for a county or an unknown code. */
    public List<Region> children(String code) {
        return code == null ? List.of() : children.getOrDefault(code, List.of());
    }

    /** From the province down to the division itself; empty for an unknown code. */
    public List<Region> path(String code) {
        return find(code).map(this::pathOf).orElse(List.of());
    }

    /**
     * The name as written in an address, e.g. {@code 广东省深圳市南山区} or {@code 北京市东城区}: the
     * placeholder prefectures (市辖区 …) above a division are left out.
     */
    public Optional<String> fullName(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(fullNames.get(code));
    }

    /**
     * The divisions with exactly this name ({@code 朝阳区} gives several) or this full name
     * ({@code 北京市朝阳区} gives one), in code order. Spaces and full-width forms are ignored.
     */
    public List<Region> findByName(String name) {
        String key = normalise(name);
        return key.isEmpty() ? List.of() : byName.getOrDefault(key, List.of());
    }

    /**
     * A lenient lookup for pickers and imports: the divisions whose name or full name contains the
     * fragment, also without the usual suffixes ({@code 深圳南山} finds 南山区 of 深圳市). Exact matches
     * come first, then names that start with the fragment, then the rest; provinces before cities
     * before counties. Placeholder prefectures are never returned.
     */
    public List<Region> search(String fragment) {
        String key = normalise(fragment);
        if (key.isEmpty()) {
            return List.of();
        }
        record Hit(Region region, int rank) { }
        return searchEntries.stream()
                .map(entry -> new Hit(entry.region(), entry.rank(key)))
                .filter(hit -> hit.rank() >= 0)
                .sorted(Comparator.comparingInt(Hit::rank)
                        .thenComparing(hit -> hit.region().level())
                        .thenComparing(hit -> hit.region().code()))
                .map(Hit::region)
                .toList();
    }

    static boolean isPlaceholder(Region region) {
        return region.level() == Level.CITY && PLACEHOLDER_NAMES.contains(region.name());
    }

    private List<Region> pathOf(Region region) {
        List<Region> path = new ArrayList<>(3);
        for (Region r = region; r != null; r = r.parentCode() == null ? null : byCode.get(r.parentCode())) {
            path.add(0, r);
        }
        return List.copyOf(path);
    }

    /** Joins the names on the path, without placeholder prefectures above the division itself. */
    private static String join(List<Region> path, Region self, boolean shortNames) {
        StringBuilder name = new StringBuilder();
        for (Region r : path) {
            if (r != self && isPlaceholder(r)) {
                continue;
            }
            name.append(shortNames ? shortName(r.name()) : r.name());
        }
        return name.toString();
    }

    private static String shortName(String name) {
        for (String suffix : SUFFIXES) {
            // "忠县" and "东区" keep their suffix: one character alone is not what people type
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Checks that the code fits its level and that the parent is the division the code says. */
    private static void checkStructure(Region region, Map<String, Region> codes) {
        String code = region.code();
        if (code == null || !code.matches("\\d{6}") || region.name() == null || region.name().isBlank()) {
            throw new IllegalStateException("Region " + code + " needs a 6-digit code and a name");
        }
        String expectedParent;
        Level parentLevel;
        switch (region.level()) {
            case PROVINCE -> {
                expectedParent = null;
                parentLevel = null;
            }
            case CITY -> {
                expectedParent = code.substring(0, 2) + "0000";
                parentLevel = Level.PROVINCE;
            }
            default -> {
                expectedParent = code.substring(0, 4) + "00";
                parentLevel = Level.CITY;
            }
        }
        boolean codeFitsLevel = switch (region.level()) {
            case PROVINCE -> code.endsWith("0000");
            case CITY -> code.endsWith("00") && !code.endsWith("0000");
            case COUNTY -> !code.endsWith("00");
        };
        Region parent = region.parentCode() == null ? null : codes.get(region.parentCode());
        boolean parentFits = expectedParent == null
                ? region.parentCode() == null
                : expectedParent.equals(region.parentCode()) && parent != null && parent.level() == parentLevel;
        if (!codeFitsLevel || !parentFits) {
            throw new IllegalStateException("Region " + code + " " + region.name()
                    + " does not fit its level " + region.level() + " or its parent " + region.parentCode());
        }
    }

    /** The lists were filled in code order, so copying keeps that order. */
    private static Map<String, List<Region>> copyOfLists(Map<String, List<Region>> map) {
        Map<String, List<Region>> copy = new HashMap<>();
        map.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        return Map.copyOf(copy);
    }

    /** A division with the strings search compares against, computed once. */
    private record SearchEntry(Region region, String fullName, String shortFullName) {

        /** 0 exact, 1 starts with, 2 contains, -1 no match. */
        int rank(String fragment) {
            String name = region.name();
            if (name.equals(fragment) || fullName.equals(fragment) || shortFullName.equals(fragment)) {
                return 0;
            }
            if (name.startsWith(fragment) || fullName.startsWith(fragment) || shortFullName.startsWith(fragment)) {
                return 1;
            }
            if (name.contains(fragment) || fullName.contains(fragment) || shortFullName.contains(fragment)) {
                return 2;
            }
            return -1;
        }
    }
}
