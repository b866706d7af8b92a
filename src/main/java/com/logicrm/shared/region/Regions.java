package com.logicrm.shared.region;

import com.logicrm.shared.region.Region.Level;
import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    /** Takes a list already checked by {@link RegionFile}: unique codes forming one tree. */
    private Regions(List<Region> regions) {
        this.all = regions.stream().sorted(Comparator.comparing(Region::code)).toList();
        Map<String, Region> codes = new HashMap<>();
        all.forEach(region -> codes.put(region.code(), region));
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
        static final Regions INSTANCE = new Regions(RegionFile.load());
    }

    /** A catalogue from other data in the format of regions.csv, for tests. */
    static Regions read(Reader source) throws IOException {
        return new Regions(RegionFile.read(source));
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
