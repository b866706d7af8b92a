package com.logicrm.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a person reads comes from the message files, in Chinese (the base files) and English:
 * the two languages hold the same keys, templates hold no literal text, and every key a template
 * names exists. Reads the real files under {@code src/main/resources}.
 */
class TranslationTests {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path MESSAGES = RESOURCES.resolve("messages");
    static final Path TEMPLATES = RESOURCES.resolve("templates");
    static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    static final Pattern LOCALE_SUFFIX = Pattern.compile("(.+?)_([a-z]{2})(_[A-Z]{2})?");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label",
            "aria-description", "aria-placeholder");

    // ---- (a) the bundles ----

    @Test
    void everyBundleHasABaseAndAnEnglishFileWithTheSameKeys() {
        Map<String, Map<String, Bundle>> bundles = bundles();
        assertThat(bundles).as("bundles found in %s", MESSAGES).containsKeys("shared", "access");

        List<String> problems = new ArrayList<>();
        bundles.forEach((name, variants) -> {
            Bundle base = variants.get("");
            if (base == null) {
                problems.add(name + ": no base file " + name + ".properties (Chinese, the default)");
                return;
            }
            if (!variants.containsKey("en")) {
                problems.add(name + ": no English file " + name + "_en.properties");
            }
            variants.forEach((locale, bundle) -> {
                if (bundle == base) {
                    return;
                }
                Set<String> missing = new TreeSet<>(base.keys());
                missing.removeAll(bundle.keys());
                Set<String> extra = new TreeSet<>(bundle.keys());
                extra.removeAll(base.keys());
                if (!missing.isEmpty()) {
                    problems.add(bundle.file() + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(bundle.file() + " has keys the base file lacks: " + extra);
                }
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void noMessageIsEmptyOrDefinedTwice() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : allBundleFiles()) {
            bundle.values().forEach((key, value) -> {
                if (value.isBlank()) {
                    problems.add(bundle.file() + ": " + key + " is empty");
                }
            });
            bundle.duplicates().forEach(key -> problems.add(bundle.file() + ": " + key + " is defined twice"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Map<String, List<String>> owners = new TreeMap<>();
        bundles().forEach((name, variants) -> variants.get("").keys()
                .forEach(key -> owners.computeIfAbsent(key, k -> new ArrayList<>()).add(name)));
        assertThat(owners).as("only the first bundle in spring.messages.basename would ever be used")
                .allSatisfy((key, bundles) -> assertThat(bundles).as(key).hasSize(1));
    }

    @Test
    void bothLanguagesUseTheSameArguments() {
        List<String> problems = new ArrayList<>();
        bundles().forEach((name, variants) -> {
            Bundle base = variants.get("");
            variants.values().stream().filter(bundle -> bundle != base).forEach(bundle ->
                    base.values().forEach((key, value) -> {
                        String translated = bundle.values().get(key);
                        if (translated != null && !placeholders(value).equals(placeholders(translated))) {
                            problems.add(key + ": " + base.file() + " uses " + placeholders(value) + ", "
                                    + bundle.file() + " uses " + placeholders(translated));
                        }
                    }));
        });
        assertThat(problems).isEmpty();
    }

    /** In a message with arguments a lone apostrophe starts a quoted section and swallows the text after it. */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() {
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : allBundleFiles()) {
            bundle.values().forEach((key, value) -> {
                if (!placeholders(value).isEmpty() && loneApostrophe.matcher(value).find()) {
                    problems.add(bundle.file() + ": " + key + "=" + value);
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBundleIsLoaded() throws IOException {
        Properties application = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.properties"))) {
            application.load(reader);
        }
        Set<String> basenames = Arrays.stream(application.getProperty("spring.messages.basename", "").split(","))
                .map(String::trim)
                .collect(Collectors.toSet());
        assertThat(basenames).containsAll(bundles().keySet().stream().map(name -> "messages/" + name).toList());
    }

    // ---- (b) no literal text in templates ----

    @Test
    void templatesHoldNoLiteralText() {
        Map<String, String> templates = templates();
        assertThat(templates).as("templates found in %s", TEMPLATES)
                .containsKeys("layout.html", "home.html", "access/login.html", "fragments/error-page.html");

        List<String> findings = new ArrayList<>();
        templates.forEach((file, content) -> findings.addAll(literalText(file, content)));
        assertThat(findings).as("literal text in templates; move it to the message files").isEmpty();
    }

    @Test
    void theLiteralTextCheckFindsWhatItShould() {
        String sample = """
                <html xmlns:th="http://www.thymeleaf.org">
                <head><title>Kunden</title><style>p { color: red }</style>
                <script>var label = "ok";</script></head>
                <body>
                <!-- a comment with words -->
                <h1 th:text="#{x.title}"></h1>
                <p th:if="${a > b}">客户列表</p>
                <p>[[${name}]] &nbsp; &middot; 42 / [(${other})]</p>
                <input placeholder="Search" th:title="#{x.search}">
                <img alt='logo' src="a.png">
                <nav aria-label="breadcrumb" th:aria-label="#{x.nav}"></nav>
                <span th:attr="aria-label=#{x.label}" data-x="words are fine here">&gt;</span>
                <input type="submit" value="Go">
                </body>
                </html>""";

        assertThat(literalText("sample.html", sample)).containsExactly(
                "sample.html:2: text \"Kunden\"",
                "sample.html:7: text \"客户列表\"",
                "sample.html:9: placeholder=\"Search\"",
                "sample.html:10: alt=\"logo\"",
                "sample.html:11: aria-label=\"breadcrumb\"",
                "sample.html:13: value=\"Go\"");
    }

    // ---- (c) every message key a template names exists ----

    @Test
    void everyMessageKeyInTheTemplatesExists() {
        Map<String, Set<String>> keysByLocale = new TreeMap<>();
        bundles().values().forEach(variants -> variants.forEach((locale, bundle) ->
                keysByLocale.computeIfAbsent(locale, l -> new TreeSet<>()).addAll(bundle.keys())));
        Set<String> defaults = keysByLocale.get("");

        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        templates().forEach((file, content) -> {
            for (MessageReference reference : messageReferences(stripComments(content))) {
                checked[0]++;
                if (reference.prefix()) {
                    if (defaults.stream().noneMatch(key -> key.startsWith(reference.key()))) {
                        problems.add(file + ": no message key starts with '" + reference.key() + "'");
                    }
                    continue;
                }
                keysByLocale.forEach((locale, keys) -> {
                    if (!keys.contains(reference.key())) {
                        problems.add(file + ": #{" + reference.key() + "} is missing"
                                + (locale.isEmpty() ? "" : " in the " + locale + " files"));
                    }
                });
            }
        });
        assertThat(checked[0]).as("message references found").isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void theKeyScannerUnderstandsLiteralAndComputedKeys() {
        String sample = """
                <title th:text="|#{home.title} · #{app.name}|"></title>
                <h1 th:text="#{home.welcome(${#authentication.principal.displayName})}"></h1>
                <span th:text="#{'role.' + ${role}}"></span>
                <span th:text="#{${section.key}}"></span>
                <span th:text="#{audit.broken(${id}, #{'audit.problem.' + ${problem}})}"></span>
                <span th:text="#{${userId == null} ? 'user.new' : 'user.edit'}"></span>
                <span th:text="#{'error.' + ${status} + '.title'}"></span>
                """;

        assertThat(messageReferences(sample)).containsExactly(
                new MessageReference("home.title", false),
                new MessageReference("app.name", false),
                new MessageReference("home.welcome", false),
                new MessageReference("role.", true),
                new MessageReference("audit.broken", false),
                new MessageReference("audit.problem.", true),
                new MessageReference("user.new", false),
                new MessageReference("user.edit", false),
                new MessageReference("error.", true));
    }

    // ---- reading the files ----

    record Bundle(String file, Map<String, String> values, Set<String> duplicates) {
        Set<String> keys() {
            return values.keySet();
        }
    }

    /** bundle name → locale suffix ("" for the base file, "en", "zh_TW" …) → file. */
    static Map<String, Map<String, Bundle>> bundles() {
        Map<String, Map<String, Bundle>> bundles = new TreeMap<>();
        for (Path file : files(MESSAGES, ".properties")) {
            String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
            String locale = "";
            Matcher suffix = LOCALE_SUFFIX.matcher(name);
            if (suffix.matches() && LANGUAGES.contains(suffix.group(2))) {
                name = suffix.group(1);
                locale = suffix.group(2) + (suffix.group(3) == null ? "" : suffix.group(3));
            }
            bundles.computeIfAbsent(name, n -> new TreeMap<>()).put(locale, read(file));
        }
        return bundles;
    }

    static List<Bundle> allBundleFiles() {
        List<Bundle> all = bundles().values().stream().flatMap(variants -> variants.values().stream()).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(4);
        return all;
    }

    static Bundle read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> duplicates = new TreeSet<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (values.put((String) key, (String) value) != null) {
                    duplicates.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Bundle(MESSAGES.getParent().relativize(file).toString(), values, duplicates);
    }

    static Set<Integer> placeholders(String message) {
        Set<Integer> indices = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            indices.add(Integer.parseInt(matcher.group(1)));
        }
        return indices;
    }

    /** Relative path → content of every template. */
    static Map<String, String> templates() {
        Map<String, String> templates = new TreeMap<>();
        for (Path file : files(TEMPLATES, ".html")) {
            try {
                templates.put(TEMPLATES.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return templates;
    }

    static List<Path> files(Path folder, String suffix) {
        assertThat(folder).isDirectory();
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- scanning templates ----

    static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1\\s*>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");
    static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
    static final Pattern INPUT_BUTTON = Pattern.compile("(?i)submit|button|reset");

    /** Findings as "file:line: what", in the order they appear. */
    static List<String> literalText(String file, String content) {
        String html = blank(content, COMMENT, SCRIPT_OR_STYLE);
        List<String> findings = new ArrayList<>();
        int textStart = 0;
        int i = 0;
        while (i < html.length()) {
            if (html.charAt(i) == '<' && i + 1 < html.length() && startsTag(html.charAt(i + 1))) {
                checkText(file, html, textStart, i, findings);
                int end = endOfTag(html, i);
                checkAttributes(file, html, i, end, findings);
                i = end + 1;
                textStart = i;
            } else {
                i++;
            }
        }
        checkText(file, html, textStart, html.length(), findings);
        return findings;
    }

    private static boolean startsTag(char next) {
        return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }

    /** The index of the '>' closing the tag that opens at {@code start}, skipping quoted attribute values. */
    private static int endOfTag(String html, int start) {
        char quote = 0;
        char previous = 0;
        for (int j = start + 1; j < html.length(); j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    previous = c;
                }
            } else if ((c == '"' || c == '\'') && previous == '=') {
                quote = c;
            } else if (c == '>') {
                return j;
            } else if (!Character.isWhitespace(c)) {
                previous = c;
            }
        }
        return html.length() - 1;
    }

    private static void checkText(String file, String html, int from, int to, List<String> findings) {
        if (from >= to) {
            return;
        }
        String text = html.substring(from, to);
        String remaining = ENTITY.matcher(INLINE_EXPRESSION.matcher(text).replaceAll(" ")).replaceAll(" ");
        if (LETTER.matcher(remaining).find()) {
            int offset = from + (text.length() - text.stripLeading().length());
            findings.add(file + ":" + line(html, offset) + ": text \"" + text.strip().replaceAll("\\s+", " ") + "\"");
        }
    }

    private static void checkAttributes(String file, String html, int start, int end, List<String> findings) {
        String tag = html.substring(start + 1, end);
        if (!Character.isLetter(tag.charAt(0))) {
            return; // closing tag, doctype, processing instruction
        }
        String element = tag.split("[\\s/>]", 2)[0];
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(tag.substring(element.length()));
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2)
                    : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
            attributes.put(matcher.group(1).toLowerCase(Locale.ROOT), value);
        }
        boolean button = element.equalsIgnoreCase("input")
                && INPUT_BUTTON.matcher(attributes.getOrDefault("type", "")).matches();
        attributes.forEach((name, value) -> {
            boolean shown = TEXT_ATTRIBUTES.contains(name) || button && name.equals("value");
            if (shown && value != null && LETTER.matcher(ENTITY.matcher(value).replaceAll(" ")).find()) {
                findings.add(file + ":" + line(html, start) + ": " + name + "=\"" + value + "\"");
            }
        });
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Replaces what the patterns match with spaces, keeping line breaks, so offsets and line numbers hold. */
    private static String blank(String content, Pattern... patterns) {
        String result = content;
        for (Pattern pattern : patterns) {
            result = pattern.matcher(result).replaceAll(match -> Matcher.quoteReplacement(
                    match.group().replaceAll("[^\\n]", " ")));
        }
        return result;
    }

    static String stripComments(String content) {
        return blank(content, COMMENT);
    }

    /**
     * A key named in a template: literal ({@code #{a.b}}, {@code #{a.b(…)}}), a complete key quoted inside
     * a computed expression ({@code 'user.new'}), or the literal prefix of a computed key
     * ({@code 'role.' + ${role}}) of which at least one key must exist.
     */
    record MessageReference(String key, boolean prefix) {
    }

    static final Pattern LITERAL_KEY = Pattern.compile("\\s*([\\w.-]+)\\s*(\\(.*\\))?\\s*", Pattern.DOTALL);
    static final Pattern QUOTED = Pattern.compile("'([^'$]*)'");
    static final Pattern FULL_KEY = Pattern.compile("[a-zA-Z]\\w*(\\.[\\w-]+)+");
    static final Pattern KEY_PREFIX = Pattern.compile("[a-zA-Z]\\w*(\\.[\\w-]+)*\\.");

    static List<MessageReference> messageReferences(String content) {
        List<MessageReference> references = new ArrayList<>();
        int at = content.indexOf("#{");
        while (at >= 0) {
            String expression = braced(content, at + 1);
            Matcher literal = LITERAL_KEY.matcher(expression);
            if (literal.matches()) {
                references.add(new MessageReference(literal.group(1), false));
            } else {
                // computed: only the quoted parts outside nested expressions can be checked
                String own = withoutNested(expression);
                Matcher quoted = QUOTED.matcher(own);
                while (quoted.find()) {
                    String text = quoted.group(1);
                    if (FULL_KEY.matcher(text).matches()) {
                        references.add(new MessageReference(text, false));
                    } else if (KEY_PREFIX.matcher(text).matches()) {
                        references.add(new MessageReference(text, true));
                    }
                }
            }
            at = content.indexOf("#{", at + 2);
        }
        return references;
    }

    /** The text between the brace at {@code open} and its matching closing brace. */
    private static String braced(String content, int open) {
        int depth = 0;
        for (int i = open; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return content.substring(open + 1, i);
            }
        }
        return content.substring(open + 1);
    }

    /** The expression with nested {@code ${…}}, {@code #{…}}, {@code *{…}} and {@code @{…}} blanked out. */
    private static String withoutNested(String expression) {
        StringBuilder own = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if ("$#*@".indexOf(c) >= 0 && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                i += braced(expression, i + 1).length() + 3;
                own.append(' ');
            } else {
                own.append(c);
                i++;
            }
        }
        return own.toString();
    }
}
