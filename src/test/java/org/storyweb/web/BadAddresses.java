package org.storyweb.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.storyweb.explore.ViewStateCodec;

/**
 * Generated bad addresses, as request targets sent byte for byte: paths and parameters with broken and overlong
 * encodings, NUL bytes, {@code ..} segments, huge values, repeated and nameless parameters, markup and template
 * syntax. The same seed gives the same addresses, so a failure can be reproduced.
 */
public final class BadAddresses {

    /** Text planted in addresses; if any of it comes back unescaped in a page, the page echoes markup. */
    public static final List<String> ECHOES = List.of("<script>swfz", "<img src=x onerror=swfz", "<svg onload=swfz",
            "<b id=swfz>", "<iframe src=javascript:swfz", "<a href=javascript:swfz", "<style>swfz", "tmplhit");

    private static final List<String> MARKUP = List.of("<script>swfz()</script>", "\"><img src=x onerror=swfz()>",
            "'><svg onload=swfz()>", "<b id=swfz>bold</b>", "<iframe src=javascript:swfz()>",
            "<a href=javascript:swfz()>link</a>", "<style>swfz{}</style>", "javascript:swfz()",
            "{{'tmpl'+'hit'}}", "${'tmpl'+'hit'}", "#{'tmpl'+'hit'}", "<%= 'tmpl'+'hit' %>", "{{constructor.constructor('swfz')()}}",
            "\u202Eevil\u202C", "\u200B", "\uD83D\uDE00", "\u0000", "\r\nSet-Cookie: swfz=1");

    private static final List<String> ODD = List.of("", " ", "-1", "0", "99999999999999999999", "1e308", "NaN",
            "Infinity", "2147483648", "0..0", "9999..0", "1990-13-45..2000", "..", "1990..", "..2000", "null",
            "undefined", "{}", "[]", "a,b,,c,", ",,,", "__proto__", "constructor", "../../etc/passwd", "..\\..\\win",
            "never-let-me-go", "kathy", "ruth", "tommy", "cottages", "present", "telling", "embed", "1", "true");

    /** Broken or refused encodings, sent as they are. */
    private static final List<String> BROKEN = List.of("%", "%%", "%4", "%G0", "%E0%A4%A", "%C0%AF", "%C0%80",
            "%E0%80%AF", "%ED%A0%80", "%F4%90%80%80", "%F8%88%80%80%80", "%FF", "%FE%FF", "%00", "%0A", "%0D%0A",
            "%u0041", "%25", "%2e%2e", "%2F", "%5C", "%C3", "%E2%82", "%%30%30");

    private static final List<String> NAMES = List.of("utm_source", "__proto__", "constructor", "v-r", "v-uiId",
            "location", "<b>", "a[]", "a.b", "x".repeat(300));

    private static final List<String> SEGMENTS = List.of("never-let-me-go", "present", "table", "class", "VAADIN",
            "..", ".", "", "index.html", "favicon.ico", "robots.txt", "WEB-INF", "META-INF", "lumo", "styles.css",
            "frontend", "icons", "sw.js", "manifest.webmanifest");

    private BadAddresses() {
    }

    public static List<String> generate(long seed, int count) {
        Random random = new Random(seed);
        List<String> addresses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            addresses.add(path(random) + query(random));
        }
        return addresses;
    }

    private static String path(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> "/";
            case 1, 2, 3 -> "/never-let-me-go";
            case 4 -> "/never-let-me-go/" + segment(random);
            case 5 -> "/" + segment(random);
            case 6 -> "/" + segment(random) + "/" + segment(random) + "/" + segment(random);
            case 7 -> "/VAADIN/" + segment(random);
            case 8 -> "/VAADIN/dynamic/resource/" + random.nextInt(5) + "/" + java.util.UUID.nameUUIDFromBytes(
                    new byte[] {(byte) random.nextInt()}) + "/" + segment(random);
            case 9 -> "/never-let-me-go" + pick(random, BROKEN);
            case 10 -> pick(random, List.of("/%2e%2e/", "/never-let-me-go/..", "/never-let-me-go/%2e%2e/%2e%2e/etc",
                    "//never-let-me-go", "/./never-let-me-go", "/never-let-me-go;jsessionid=x", "/;a=b/never-let-me-go",
                    "/never-let-me-go/..;/x", "/never-let-me-go%2F..%2F", "/%C0%AE%C0%AE/", "/never-let-me-go%00/x"));
            default -> "/" + "n".repeat(500 + random.nextInt(9000));
        };
    }

    private static String segment(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(random, SEGMENTS);
            case 1 -> encode(random, pick(random, MARKUP));
            case 2 -> pick(random, BROKEN) + pick(random, SEGMENTS);
            default -> encode(random, pick(random, ODD));
        };
    }

    private static String query(Random random) {
        int kind = random.nextInt(20);
        if (kind < 2) {
            return "";
        }
        if (kind == 2) {
            // More parameters than any link has.
            int parts = 100 + random.nextInt(1500);
            return "?" + String.join("&", java.util.Collections.nCopies(parts, "event=x"));
        }
        StringBuilder query = new StringBuilder("?");
        int parts = 1 + random.nextInt(6);
        for (int p = 0; p < parts; p++) {
            if (p > 0) {
                query.append('&');
            }
            switch (random.nextInt(14)) {
                case 0 -> query.append('=').append(value(random)); // nameless
                case 1 -> query.append(name(random)); // no value
                case 2 -> query.append(""); // an empty part: &&
                case 3 -> {
                    String name = name(random);
                    String value = value(random);
                    int times = 2 + random.nextInt(30);
                    for (int t = 0; t < times; t++) {
                        query.append(t == 0 ? "" : "&").append(name).append('=').append(value);
                    }
                }
                case 4 -> query.append(name(random)).append('=').append("x".repeat(1000 + random.nextInt(9000)));
                default -> query.append(name(random)).append('=').append(value(random));
            }
        }
        return query.toString();
    }

    private static String name(Random random) {
        return random.nextInt(5) == 0 ? encode(random, pick(random, NAMES))
                : pick(random, ViewStateCodec.PARAMETERS);
    }

    private static String value(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> encode(random, pick(random, MARKUP));
            case 2 -> pick(random, BROKEN);
            case 3 -> encode(random, pick(random, ODD)) + pick(random, BROKEN) + encode(random, pick(random, ODD));
            default -> encode(random, pick(random, ODD));
        };
    }

    /** Percent-encoded in full, or as a browser sends typed text: only what cannot stand in an address encoded. */
    private static String encode(Random random, String text) {
        if (random.nextBoolean()) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
        StringBuilder sent = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c <= ' ' || c == '#' || c == '&' || c == '%' || c > 126) {
                sent.append(URLEncoder.encode(Character.toString(c), StandardCharsets.UTF_8));
            } else {
                sent.appendCodePoint(c);
            }
        });
        return sent.toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
