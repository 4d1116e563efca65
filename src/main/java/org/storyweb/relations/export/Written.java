package org.storyweb.relations.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Runs an export's {@code write} into a string, for downloads and tests. */
final class Written {

    /** Something that writes to a Writer. */
    interface Export {
        void writeTo(Writer out) throws IOException;
    }

    private Written() {
    }

    static String asString(Export export) {
        StringWriter out = new StringWriter();
        try {
            export.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
