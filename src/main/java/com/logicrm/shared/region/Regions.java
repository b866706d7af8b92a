package com.logicrm.shared.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative divisions of China (GB/T 2260, shipped as {@code reference/regions.csv}),
 * loaded once and never changed: look-ups by code and by name, children, and the path from the
 * province down.
 */
public final class Regions {

    private static final Regions STANDARD = load("/reference/regions.csv");
    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> children;

    private Regions(Map<String, Region> byCode) {
        this.byCode = Map.copyOf(byCode);
        Map<String, List<Region>> grouped = new LinkedHashMap<>();
        byCode.values().stream().sorted(Comparator.comparing(Region::code)).forEach(region ->
                grouped.computeIfAbsent(region.parentCode() == null ? "" : region.parentCode(),
                        key -> new ArrayList<>()).add(region));
        grouped.replaceAll((key, list) -> List.copyOf(list));
        this.children = Map.copyOf(grouped);
    }

    public static Regions standard() {
        return STANDARD;
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim()));
    }

    public List<Region> provinces() {
        return children.getOrDefault("", List.of());
    }

    public List<Region> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** From the province down to the division itself; empty for an unknown code. */
    public List<Region> path(String code) {
        List<Region> path = new ArrayList<>();
        for (Region region = byCode.get(code); region != null;
                region = region.parentCode() == null ? null : byCode.get(region.parentCode())) {
            path.add(0, region);
        }
        return List.copyOf(path);
    }

    /** The full name as written in an address, e.g. 广东省深圳市南山区. */
    public String fullName(String code) {
        return path(code).stream().map(Region::name).filter(name -> !name.equals("市辖区"))
                .reduce("", String::concat);
    }

    /** A division by its own name or by its full name; the first in code order when a name repeats. */
    public Optional<Region> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.trim();
        return byCode.values().stream()
                .filter(region -> region.name().equals(wanted) || fullName(region.code()).equals(wanted))
                .min(Comparator.comparing(Region::code));
    }

    public int size() {
        return byCode.size();
    }

    private static Regions load(String resource) {
        try (InputStream in = Regions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Region> regions = new LinkedHashMap<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split(",", -1);
                regions.put(columns[0], new Region(columns[0], columns[1], Region.Level.valueOf(columns[3]),
                        columns[2].isEmpty() ? null : columns[2]));
            }
            return new Regions(regions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
