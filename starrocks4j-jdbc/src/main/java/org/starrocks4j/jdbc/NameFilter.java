package org.starrocks4j.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which objects to read, by name: comma-separated glob patterns ({@code *} any run of characters, {@code ?} one
 * character), a leading {@code !} excluding. A name is kept when it matches an include pattern (or there is none)
 * and no exclude pattern. Names are compared case-sensitively, as StarRocks compares table names. Example:
 * {@code orders_*,dim_*,!*_tmp}.
 */
public final class NameFilter implements Predicate<String> {

    private static final NameFilter ALL = new NameFilter("", List.of(), List.of());

    private final String text;
    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    private NameFilter(String text, List<Pattern> includes, List<Pattern> excludes) {
        this.text = text;
        this.includes = includes;
        this.excludes = excludes;
    }

    /** Every name. */
    public static NameFilter all() {
        return ALL;
    }

    /** Parses {@code patterns}; {@code null} or blank keeps every name. */
    public static NameFilter parse(String patterns) {
        if (patterns == null || patterns.isBlank()) {
            return ALL;
        }
        List<Pattern> in = new ArrayList<>();
        List<Pattern> out = new ArrayList<>();
        for (String raw : patterns.split(",")) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            boolean exclude = p.startsWith("!");
            String glob = exclude ? p.substring(1).strip() : p;
            if (glob.isEmpty()) {
                throw new IllegalArgumentException("name filter '" + patterns + "' has a '!' with no pattern after it");
            }
            (exclude ? out : in).add(glob(glob));
        }
        return new NameFilter(patterns.strip(), List.copyOf(in), List.copyOf(out));
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    @Override
    public boolean test(String name) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(p -> p.matcher(name).matches());
        return included && excludes.stream().noneMatch(p -> p.matcher(name).matches());
    }

    /** True when the filter keeps every name. */
    public boolean keepsAll() {
        return includes.isEmpty() && excludes.isEmpty();
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "*" : text;
    }
}
