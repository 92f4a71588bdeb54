package org.starrocks4j.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a StarRocks type written as SQL text, see {@link Types#parse(String)}: every spelling
 * {@link DataType#toSql()} produces, case-insensitive, and the server's other spellings of the same types.
 */
final class TypeParser {

    /** The precision the server gives a DECIMAL written without one. */
    private static final int DEFAULT_DECIMAL_PRECISION = 10;

    private final String text;
    private int pos;

    private TypeParser(String text) {
        this.text = text;
    }

    /** The type the text names; {@link InvalidTypeException} saying what is wrong where. */
    static DataType parse(String text) {
        TypeParser syntax = new TypeParser(text);
        DataType type = syntax.type();
        syntax.skipSpace();
        if (syntax.pos < text.length()) {
            throw syntax.error("unexpected '" + text.substring(syntax.pos) + "' after the type");
        }
        return type;
    }

    private DataType type() {
        String word = word().toUpperCase(Locale.ROOT);
        switch (word) {
            case "ARRAY": {
                expect('<');
                DataType element = type();
                expect('>');
                return Types.array(element);
            }
            case "MAP": {
                expect('<');
                DataType key = type();
                expect(',');
                DataType value = type();
                expect('>');
                return Types.map(key, value);
            }
            case "STRUCT":
                return struct();
            case "CHAR": {
                List<Integer> args = arguments();
                return new CharType(false, args.isEmpty() ? 1 : single(word, args));
            }
            case "VARCHAR": {
                List<Integer> args = arguments();
                if (args.isEmpty()) {
                    throw error("VARCHAR needs a length, e.g. VARCHAR(255); use STRING for unbounded text");
                }
                return new CharType(true, single(word, args));
            }
            case "BINARY":
            case "VARBINARY": {
                List<Integer> args = arguments();
                return new BinaryType(word.equals("VARBINARY"), args.isEmpty() ? null : single(word, args));
            }
            case "DECIMAL":
            case "DECIMALV3":
            case "DECIMAL32":
            case "DECIMAL64":
            case "DECIMAL128":
            case "DECIMAL256": {
                List<Integer> args = arguments();
                DecimalType.Spelling spelling = word.equals("DECIMALV3") ? DecimalType.Spelling.DECIMAL
                        : DecimalType.Spelling.valueOf(word);
                if (args.isEmpty() && spelling == DecimalType.Spelling.DECIMAL) {
                    // the server stores a bare DECIMAL as decimal(10, 0) (corpus: pairs/0098)
                    return new DecimalType(DEFAULT_DECIMAL_PRECISION, 0);
                }
                if (args.isEmpty() || args.size() > 2) {
                    throw error(word + " needs a precision and optionally a scale, e.g. " + word + "(10, 2)");
                }
                return new DecimalType(spelling, args.get(0), args.size() == 2 ? args.get(1) : 0);
            }
            default:
                return primitive(word);
        }
    }

    private DataType primitive(String word) {
        String name = switch (word) {
            case "INTEGER" -> "INT";
            case "BOOL" -> "BOOLEAN";
            default -> word;
        };
        Primitive kind;
        try {
            kind = Primitive.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw error("'" + word + "' is not a StarRocks type");
        }
        List<Integer> args = arguments();
        if (!args.isEmpty() && !(kind.isInteger() && args.size() == 1)) {
            throw error(kind + " takes no parameters");
        }
        if (acceptWord("UNSIGNED")) {
            // information_schema may report LARGEINT as bigint(20) unsigned; StarRocks has no other unsigned type
            if (kind != Primitive.BIGINT) {
                throw error(kind + " UNSIGNED is not a StarRocks type; only BIGINT UNSIGNED (= LARGEINT) is read");
            }
            return Types.LARGEINT;
        }
        if (kind == Primitive.TINYINT && args.equals(List.of(1))) {
            // information_schema reports BOOLEAN as tinyint(1); the server prints a TINYINT as tinyint(4)
            return Types.BOOLEAN;
        }
        return new PrimitiveType(kind);
    }

    /** Consumes the keyword when it comes next (as a whole word, case-insensitive). */
    private boolean acceptWord(String keyword) {
        skipSpace();
        int end = pos + keyword.length();
        if (text.regionMatches(true, pos, keyword, 0, keyword.length())
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_')) {
            pos = end;
            return true;
        }
        return false;
    }

    private DataType struct() {
        expect('<');
        List<StructType.Field> fields = new ArrayList<>();
        do {
            skipSpace();
            String name = peek() == '`' ? quotedName() : word();
            DataType fieldType = type();
            String comment = null;
            skipSpace();
            if (acceptWord("COMMENT")) {
                comment = stringLiteral();
            }
            fields.add(new StructType.Field(name, fieldType, comment));
            skipSpace();
        } while (accept(','));
        expect('>');
        return new StructType(fields);
    }

    private List<Integer> arguments() {
        List<Integer> args = new ArrayList<>();
        if (!accept('(')) {
            return args;
        }
        do {
            skipSpace();
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a number");
            }
            try {
                args.add(Integer.parseInt(text.substring(start, pos)));
            } catch (NumberFormatException tooLarge) {
                throw error("the number " + text.substring(start, pos) + " is too large");
            }
        } while (accept(','));
        expect(')');
        return args;
    }

    private int single(String word, List<Integer> args) {
        if (args.size() != 1) {
            throw error(word + " takes one length");
        }
        return args.get(0);
    }

    private String word() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'" : "the type ends too early");
        }
        return text.substring(start, pos);
    }

    private String quotedName() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated `quoted` name");
            }
            char c = text.charAt(pos++);
            if (c == '`') {
                if (pos < text.length() && text.charAt(pos) == '`') {
                    out.append('`');
                    pos++;
                } else {
                    return out.toString();
                }
            } else {
                out.append(c);
            }
        }
    }

    private String stringLiteral() {
        skipSpace();
        char quote = peek();
        if (quote != '\'' && quote != '"') {
            throw error("COMMENT needs a quoted string");
        }
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == quote) {
                if (pos < text.length() && text.charAt(pos) == quote) {
                    out.append(quote);
                    pos++;
                    continue;
                }
                return out.toString();
            }
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case '0' -> out.append('\0');
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private boolean accept(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private InvalidTypeException error(String problem) {
        return new InvalidTypeException("type \"" + text + "\": " + problem + " (at character " + (pos + 1) + ")");
    }
}
