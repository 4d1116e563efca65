package org.storyweb.relations.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting layer over {@link XMLStreamWriter}, which escapes all text and attribute values. It also drops
 * the characters XML 1.0 cannot hold at all (control characters other than tab and line breaks), which the stream
 * writer would otherwise pass through into a file no parser accepts.
 */
final class XmlOut {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter xml;
    // For each open element: whether it has child elements, so that its end tag goes on a line of its own.
    private final Deque<boolean[]> open = new ArrayDeque<>();

    private XmlOut(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static XmlOut on(Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            return new XmlOut(xml);
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    /** Opens the root element in a default namespace, with an XML Schema location for validators. */
    XmlOut root(String name, String namespace, String schemaLocation) throws IOException {
        start(name);
        try {
            xml.writeDefaultNamespace(namespace);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", namespace + " " + schemaLocation);
        } catch (XMLStreamException e) {
            throw io(e);
        }
        return this;
    }

    XmlOut start(String name) throws IOException {
        try {
            indent();
            if (!open.isEmpty()) {
                open.peek()[0] = true;
            }
            xml.writeStartElement(name);
            open.push(new boolean[] {false});
        } catch (XMLStreamException e) {
            throw io(e);
        }
        return this;
    }

    /** An element with no content, written as {@code <name/>}; its attributes follow, and it needs no end. */
    XmlOut empty(String name) throws IOException {
        try {
            indent();
            if (!open.isEmpty()) {
                open.peek()[0] = true;
            }
            xml.writeEmptyElement(name);
        } catch (XMLStreamException e) {
            throw io(e);
        }
        return this;
    }

    XmlOut attribute(String name, String value) throws IOException {
        try {
            xml.writeAttribute(name, clean(value));
        } catch (XMLStreamException e) {
            throw io(e);
        }
        return this;
    }

    XmlOut text(String text) throws IOException {
        try {
            xml.writeCharacters(clean(text));
        } catch (XMLStreamException e) {
            throw io(e);
        }
        return this;
    }

    /** An element that holds only text. */
    XmlOut textElement(String name, String text) throws IOException {
        return start(name).text(text).end();
    }

    XmlOut end() throws IOException {
        try {
            boolean hadChildren = open.pop()[0];
            if (hadChildren) {
                indent();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw io(e);
        }
        return this;
    }

    /** Closes every open element and flushes; the underlying writer stays open, as it belongs to the caller. */
    void finish() throws IOException {
        while (!open.isEmpty()) {
            end();
        }
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw io(e);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlOut::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    // XML 1.0, section 2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static IOException io(XMLStreamException e) {
        return e.getCause() instanceof IOException cause ? cause : new IOException(e.getMessage(), e);
    }
}
