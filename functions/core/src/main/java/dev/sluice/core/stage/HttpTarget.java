package dev.sluice.core.stage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The URL of an {@code http} stage, checked: absolute, http or https, with a host.
 *
 * @param uri     the URL to call
 * @param host    the host as the URI gives it (IPv6 literals keep their brackets)
 * @param safeUrl the URL for messages: scheme, host, port and path only, since query strings and
 *                user info may hold secrets
 */
record HttpTarget(URI uri, String host, String safeUrl) {

    /**
     * Parses a rendered URL.
     *
     * @throws IllegalArgumentException with a message that does not repeat the URL
     */
    static HttpTarget parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("must be an http or https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("must name a valid host");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new HttpTarget(uri, host, scheme + "://" + host + port + path);
    }
}
