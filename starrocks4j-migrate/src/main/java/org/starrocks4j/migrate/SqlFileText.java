package org.starrocks4j.migrate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a {@code .sql} or revision file, which must be UTF-8. A leading byte-order mark (editors on Windows write
 * one) is skipped; bytes that are not UTF-8 fail with the file, the line and what to do, where the JDK would only say
 * {@code Input length = 3} (as {@link ErrorCode#REVISIONS}: revision files are the main readers).
 */
public final class SqlFileText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private SqlFileText() {
    }

    /**
     * The file's text, without a leading byte-order mark.
     *
     * @throws MigrationException when the file holds bytes that are not UTF-8
     */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), file.toString());
    }

    /**
     * The text of a file's bytes, without a leading byte-order mark.
     *
     * @param source the file's name for the error, e.g. its path or class path resource
     * @throws MigrationException when the bytes are not UTF-8
     */
    public static String decode(byte[] bytes, String source) {
        // the String constructor is the JDK's fast path (a plain copy for ASCII); it replaces what is not UTF-8 with
        // U+FFFD, so only text holding that character (rare: it may also be written as such) is checked strictly
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT_CHARACTER) >= 0) {
            try {
                decoder().decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw notUtf8(source, bytes);
            }
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The error for the first byte sequence that is not UTF-8, with its line (found by decoding again up to it). */
    private static MigrationException notUtf8(String source, byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder().decode(in, CharBuffer.allocate(bytes.length + 1), true); // stops where the bad sequence starts
        int offset = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new MigrationException(ErrorCode.REVISIONS, source + ", line " + line + ", column "
                + column(bytes, lineStart, offset)
                + ": the file is not UTF-8 (byte 0x" + String.format("%02X", bytes[offset] & 0xFF) + " at byte offset "
                + offset + "); save it as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8, or your editor's encoding setting)");
    }

    /** The 1-based column of {@code offset}, counting characters (not bytes) from the start of its line. */
    private static int column(byte[] bytes, int lineStart, int offset) {
        return new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
    }
}
