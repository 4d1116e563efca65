package org.storyweb.relations.export;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses exports with the JDK's standard DOM parser, namespace-aware, and finds elements in them. */
final class XmlDocs {

    private XmlDocs() {
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> elements(Node parent, String namespace, String name) {
        NodeList list = parent instanceof Document document ? document.getElementsByTagNameNS(namespace, name)
                : ((Element) parent).getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    static Element only(Node parent, String namespace, String name, String attribute, String value) {
        List<Element> found = elements(parent, namespace, name).stream()
                .filter(element -> element.getAttribute(attribute).equals(value)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one <" + name + " " + attribute + "=\"" + value + "\">, found "
                    + found.size());
        }
        return found.getFirst();
    }
}
