package com.logicrm.customer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When two customer names probably mean the same company (ARC-12). Names are compared by their core:
 * without the place prefix ("上海市", "广东省深圳市") and the organisational ending ("有限公司",
 * "股份有限公司", "集团"), because people register "上海恒通物流有限公司" and "恒通物流公司" for the
 * same firm. Equal cores, or cores sharing most of their character pairs (Dice coefficient), match.
 */
final class NameSimilarity {

    /** Cores at least this similar are near-identical: one character differs in a name of five or more. */
    static final double THRESHOLD = 0.75;

    private static final List<String> ENDINGS = List.of("有限责任公司", "股份有限公司", "有限公司", "责任公司",
            "分公司", "公司", "集团", "股份", "有限", "co.,ltd.", "co.,ltd", "co.ltd", "ltd.", "ltd", "limited",
            "inc.", "inc", "corporation", "corp.", "corp", "group", "llc", "gmbh");
    private static final Pattern PROVINCE = Pattern.compile("^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|"
            + "安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|"
            + "香港|澳门)(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?");
    /**
     * A city or county after a province ("广东省深圳市"). Alone it is left alone: "恒通市场服务" must not
     * lose "恒通市", and a leftover city prefix costs a near-identical name only a few shared pairs.
     */
    private static final Pattern CITY = Pattern.compile("^\\p{IsHan}{2,3}?(市|县|区)");
    private static final Pattern BRACKETS = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}·、，。（）《》“”‘’：；！？【】]+");

    private NameSimilarity() {
    }

    /** The name without place prefix, brackets, punctuation and organisational endings; lower case. */
    static String core(String name) {
        if (name == null) {
            return null;
        }
        String text = BRACKETS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        text = text.replaceAll("\\s+", "");
        text = stripEndings(text);
        text = NOISE.matcher(text).replaceAll("");
        String withoutProvince = PROVINCE.matcher(text).replaceFirst("");
        String withoutPlace = withoutProvince.length() < text.length()
                ? CITY.matcher(withoutProvince).replaceFirst("") : withoutProvince;
        // A name that is only a place ("上海市公司") keeps it: an empty core would match everything.
        String core = withoutPlace.isEmpty() ? text : withoutPlace;
        return core.isEmpty() ? null : core;
    }

    private static String stripEndings(String text) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String ending : ENDINGS) {
                if (text.endsWith(ending) && text.length() > ending.length()) {
                    text = text.substring(0, text.length() - ending.length()).replaceAll("[\\s\\p{Punct}]+$", "");
                    stripped = true;
                    break;
                }
            }
        }
        return text;
    }

    /** 1 for equal cores, else the Dice coefficient of their character pairs. */
    static double similarity(String a, String b) {
        String coreA = core(a);
        String coreB = core(b);
        if (coreA == null || coreB == null) {
            return 0;
        }
        if (coreA.equals(coreB)) {
            return 1;
        }
        List<String> pairsA = pairs(coreA);
        List<String> pairsB = pairs(coreB);
        if (pairsA.isEmpty() || pairsB.isEmpty()) {
            return 0;
        }
        Set<String> remaining = new HashSet<>(pairsB);
        int shared = 0;
        for (String pair : new HashSet<>(pairsA)) {
            if (remaining.remove(pair)) {
                shared++;
            }
        }
        return 2.0 * shared / (new HashSet<>(pairsA).size() + new HashSet<>(pairsB).size());
    }

    static boolean nearlyIdentical(String a, String b) {
        return similarity(a, b) >= THRESHOLD;
    }

    /** Neighbouring code points of a core, the same pairs {@link SearchGrams} indexes for Han and Latin runs. */
    static List<String> pairs(String core) {
        List<String> pairs = new ArrayList<>();
        int[] points = core.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.add(Character.toString(points[i]) + Character.toString(points[i + 1]));
        }
        return pairs;
    }

    /**
     * Two halves of the core's indexed pairs. A near-identical name differs in a character or two, so
     * it still holds every pair of at least one half: asking the GIN index for either half finds it
     * without scanning, and {@link #similarity} decides.
     */
    static List<Set<String>> probes(String core) {
        if (core == null) {
            return List.of();
        }
        List<String> indexed = new ArrayList<>(SearchGrams.ofQuery(core));
        indexed.removeIf(gram -> gram.codePointCount(0, gram.length()) != 2);
        if (indexed.isEmpty()) {
            return List.of();
        }
        int middle = Math.max(1, indexed.size() / 2);
        Set<String> first = new LinkedHashSet<>(indexed.subList(0, middle));
        Set<String> second = new LinkedHashSet<>(indexed.subList(middle == indexed.size() ? 0 : middle,
                indexed.size()));
        return first.equals(second) ? List.of(first) : List.of(first, second);
    }
}
