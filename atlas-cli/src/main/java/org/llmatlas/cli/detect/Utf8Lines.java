package org.llmatlas.cli.detect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an input stream line by line as bytes and decodes each line as strict UTF-8. Decoding per line (rather
 * than through one {@code Reader}) means a badly encoded line is reported with its number and, when the caller
 * chooses to skip it, reading goes on with the next line. Memory is bounded by the longest line.
 */
final class Utf8Lines {

    /** One line: its 1-based number and either its text or the reason it could not be decoded. */
    record Line(long number, String text, String encodingError) {}

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private long number;

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end of input. */
    Line next() throws IOException {
        buffer.reset();
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            buffer.write(b);
        }
        if (!any) {
            return null;
        }
        number++;
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        int offset = number == 1 && startsWithBom(bytes) ? 3 : 0;
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, length - offset))
                    .toString();
            return new Line(number, text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not valid UTF-8 (" + e.getMessage() + ")");
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
