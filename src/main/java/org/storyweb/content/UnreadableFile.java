package org.storyweb.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A content file that is there but cannot be taken as content, with the line to look at and what to do. */
final class UnreadableFile extends IOException {

    /** Far more than any content file needs (the largest is a few kilobytes), and little enough to read at once. */
    static final int MAX_BYTES = 1024 * 1024;

    private final int line;

    UnreadableFile(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }

    static UnreadableFile tooLarge() {
        return new UnreadableFile(1, "the file is larger than 1 MB, far more than an entry needs; keep one entry "
                + "per file");
    }

    /**
     * The text of a content file, which must be UTF-8 (a byte order mark is allowed, as Windows editors write one)
     * and at most {@link #MAX_BYTES} long (pass one byte more to tell).
     */
    static String decode(byte[] bytes) throws UnreadableFile {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new UnreadableFile(line, "the file is not saved as UTF-8 (this line has a character in another "
                    + "encoding); save it as UTF-8 in your editor");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
