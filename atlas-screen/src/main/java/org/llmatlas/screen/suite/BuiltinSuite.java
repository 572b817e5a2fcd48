package org.llmatlas.screen.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * A registry entry for a published benchmark: where the original file lives, its pinned SHA-256 and its licence.
 * Pinning by digest means a run screens exactly the bytes the authors published, and a changed upstream file is
 * noticed instead of silently changing every figure. {@code sha256} is {@code null} for a benchmark whose file we
 * could not pin (it then has to be supplied with {@code --suite-file}).
 */
public record BuiltinSuite(
        String id, String title, String url, String sha256, String licence, String fileName, SuiteParser parser) {

    public boolean pinned() {
        return sha256 != null;
    }

    /** The same entry fetched from another URL (a mirror, or a test server). */
    public BuiltinSuite withUrl(String otherUrl) {
        return new BuiltinSuite(id, title, otherUrl, sha256, licence, fileName, parser);
    }

    public BuiltinSuite withSha256(String other) {
        return new BuiltinSuite(id, title, url, other, licence, fileName, parser);
    }

    List<Probe> parse(Path file) {
        return parser.parse(id, file);
    }
}
