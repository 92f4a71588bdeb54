package org.starrocks4j.codegen;

import java.util.ArrayList;
import java.util.List;

/** Builds the text of one annotation, inline when short, one attribute per line when not. */
final class AnnotationText {

    private static final int INLINE_LIMIT = 100;

    private final String name;
    private final List<String[]> attributes = new ArrayList<>();

    AnnotationText(String simpleName) {
        this.name = simpleName;
    }

    /** Adds {@code key = value}; {@code value} is already Java source. */
    AnnotationText attr(String key, String value) {
        attributes.add(new String[] {key, value});
        return this;
    }

    boolean isEmpty() {
        return attributes.isEmpty();
    }

    /**
     * {@code {"a", "b"}}, or {@code "a"} for one element; elements are Java source. Multi-line text is relative to
     * column 0: the caller indents it as a whole.
     */
    static String array(List<String> elements, String indent) {
        if (elements.size() == 1) {
            return elements.get(0);
        }
        String inline = "{" + String.join(", ", elements) + "}";
        if (inline.length() <= INLINE_LIMIT && !inline.contains("\n")) {
            return inline;
        }
        String inner = "        ";
        StringBuilder out = new StringBuilder("{\n");
        for (int i = 0; i < elements.size(); i++) {
            out.append(inner).append(elements.get(i).replace("\n", "\n" + inner));
            out.append(i < elements.size() - 1 ? ",\n" : "\n");
        }
        return out.append("}").toString();
    }

    /**
     * The annotation text, relative to column 0 (the caller indents it as a whole); {@code indent} is where it will
     * stand, to decide whether it fits on one line.
     */
    String render(String indent) {
        if (attributes.isEmpty()) {
            return "@" + name;
        }
        List<String> parts = new ArrayList<>();
        for (String[] a : attributes) {
            parts.add(a[0] + " = " + a[1]);
        }
        String inline = "@" + name + "(" + String.join(", ", parts) + ")";
        if (inline.length() + indent.length() <= INLINE_LIMIT + 20 && !inline.contains("\n")) {
            return inline;
        }
        String inner = "        ";
        StringBuilder out = new StringBuilder("@").append(name).append("(\n");
        for (int i = 0; i < parts.size(); i++) {
            out.append(inner).append(parts.get(i).replace("\n", "\n" + inner));
            out.append(i < parts.size() - 1 ? ",\n" : ")");
        }
        return out.toString();
    }
}
