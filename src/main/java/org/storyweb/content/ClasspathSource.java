package org.storyweb.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The content packaged with the application: the top-level {@code content/} folder, which the build copies into the
 * jar (and into {@code target/classes}) at {@code content/}.
 */
final class ClasspathSource implements ContentSource {

    static final String FOLDER = "content";

    private final PathMatchingResourcePatternResolver resolver;
    private Map<String, Resource> files;

    ClasspathSource(ClassLoader classLoader) {
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    @Override
    public String name() {
        return FOLDER;
    }

    @Override
    public List<String> paths() throws IOException {
        return List.copyOf(files().keySet());
    }

    @Override
    public String read(String path) throws IOException {
        Resource resource = files().get(path);
        if (resource == null) {
            throw new IOException("There is no " + FOLDER + "/" + path + " on the classpath");
        }
        try (InputStream in = resource.getInputStream()) {
            return UnreadableFile.decode(in.readNBytes(UnreadableFile.MAX_BYTES + 1));
        }
    }

    private Map<String, Resource> files() throws IOException {
        if (files == null) {
            Resource[] roots = resolver.getResources("classpath*:" + FOLDER + "/");
            List<Resource> found = new ArrayList<>();
            for (String pattern : List.of("**/*.yaml", "**/*.yml", Schemas.FOLDER + "/*.json")) {
                found.addAll(List.of(resolver.getResources("classpath*:" + FOLDER + "/" + pattern)));
            }
            // The first classpath entry wins when two hold the same file, as with ordinary class loading.
            Map<String, Resource> byPath = new TreeMap<>();
            for (Resource resource : found) {
                relativePath(roots, resource).filter(ContentSource::isContentFile)
                        .ifPresent(path -> byPath.putIfAbsent(path, resource));
            }
            files = byPath;
        }
        return files;
    }

    private static Optional<String> relativePath(Resource[] roots, Resource resource) throws IOException {
        for (Resource root : roots) {
            if (root.isFile() && resource.isFile()) {
                Path rootPath = root.getFile().toPath().toAbsolutePath().normalize();
                Path file = resource.getFile().toPath().toAbsolutePath().normalize();
                if (file.startsWith(rootPath)) {
                    return Optional.of(rootPath.relativize(file).toString().replace('\\', '/'));
                }
            } else {
                String rootUrl = root.getURL().toString();
                String url = resource.getURL().toString();
                if (url.startsWith(rootUrl)) {
                    return Optional.of(url.substring(rootUrl.length()));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "classpath:" + FOLDER + "/";
    }
}
