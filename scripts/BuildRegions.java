import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds src/main/resources/reference/regions.csv from the NBS 2023 lists of
 * modood/Administrative-divisions-of-China (provinces.csv, cities.csv, areas.csv).
 * Run from the project root: {@code java scripts/BuildRegions.java <folder with the three files>}
 * (the {@code dist/} folder of that repository at commit 57a0aa9c).
 * Kept with the sources so the shipped file can be rebuilt and every change to it explained.
 */
public class BuildRegions {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: java scripts/BuildRegions.java <folder with provinces.csv, cities.csv, areas.csv>");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Map<String, String[]> rows = new TreeMap<>();   // 6-digit code -> {name, parentCode, level}
        Map<String, String> cityNames = new HashMap<>();

        for (String[] p : read(source.resolve("provinces.csv"), 2)) {
            put(rows, p[0] + "0000", p[1], "", "PROVINCE");
        }
        for (String[] c : read(source.resolve("cities.csv"), 3)) {
            // The municipalities' "市辖区"/"县" and the provinces' "省直辖县级行政区划" rows stay:
            // GB/T 2260 has the same placeholder prefectures (110100, 500200, 419000 ...).
            put(rows, c[0] + "00", c[1], c[2] + "0000", "CITY");
            cityNames.put(c[0], c[1]);
        }
        int skipped = 0;
        for (String[] a : read(source.resolve("areas.csv"), 4)) {
            // NBS gives prefectures without counties (东莞 441900, 中山 442000, 儋州 460400,
            // 嘉峪关 620201) one county row named like the prefecture itself. GB/T 2260 has no such
            // county; the first three would even clash with the prefecture's own code.
            if (a[1].equals(cityNames.get(a[2]))) {
                skipped++;
                continue;
            }
            put(rows, a[0], a[1], a[2] + "00", "COUNTY");
        }
        // HK-MO-TW.json in the same source names the three regions but gives no codes, so the
        // GB/T 2260 codes are added here by hand (as listed in the MCA GB/T 2260 list of 2019-04).
        put(rows, "710000", "台湾省", "", "PROVINCE");
        put(rows, "810000", "香港特别行政区", "", "PROVINCE");
        put(rows, "820000", "澳门特别行政区", "", "PROVINCE");

        List<String> lines = new ArrayList<>();
        lines.add("code,name,parentCode,level");
        rows.forEach((code, r) -> lines.add(code + "," + r[0] + "," + r[1] + "," + r[2]));
        Path target = Path.of("src/main/resources/reference/regions.csv");
        Files.createDirectories(target.getParent());
        Files.write(target, lines, StandardCharsets.UTF_8);
        System.out.printf("%d regions written to %s (%d placeholder counties skipped)%n",
                rows.size(), target, skipped);
    }

    private static void put(Map<String, String[]> rows, String code, String name, String parent, String level) {
        if (!code.matches("\\d{6}") || name.contains(",") || name.isBlank()) {
            throw new IllegalStateException("Unexpected row " + code + " " + name);
        }
        if (rows.putIfAbsent(code, new String[] {name, parent, level}) != null) {
            throw new IllegalStateException("Duplicate code " + code);
        }
    }

    /** The NBS files are simple: a header, no commas inside names, names in double quotes. */
    private static List<String[]> read(Path file, int columns) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> result = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.replace("\uFEFF", "").replace("\"", "").split(",", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(file + ": unexpected line " + line);
            }
            result.add(cells);
        }
        return result;
    }
}
