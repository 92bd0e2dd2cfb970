package org.coveragebot.bot.telegram;

import java.net.URI;
import java.util.Objects;

/**
 * Webhook mode: Telegram posts each update to {@code url} (HTTPS, at the proxy in front of the replicas);
 * a replica listens on {@code host:port} in plain HTTP behind it and serves {@code url}'s path, taking
 * only requests that carry {@code secret} in {@code X-Telegram-Bot-Api-Secret-Token}.
 *
 * @param url    the public HTTPS URL given to Telegram's {@code setWebhook}
 * @param host   the address a replica listens on
 * @param port   the port a replica listens on
 * @param secret the secret token (never logged)
 */
public record WebhookSettings(URI url, String host, int port, String secret) {

    public static final String DEFAULT_LISTEN = "0.0.0.0:8080";

    public WebhookSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(secret, "secret");
    }

    /**
     * Reads {@code TELEGRAM_WEBHOOK_URL}, {@code TELEGRAM_WEBHOOK_LISTEN} and {@code TELEGRAM_WEBHOOK_SECRET}.
     *
     * @throws IllegalArgumentException naming the setting that is wrong and why
     */
    public static WebhookSettings parse(String url, String listen, String secret) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_WEBHOOK_URL must be the public https:// URL Telegram posts to, was '"
                    + url.strip() + "'");
        }
        String value = listen.strip();
        int colon = value.lastIndexOf(':');
        int port = -1;
        if (colon > 0) {
            try {
                port = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("TELEGRAM_WEBHOOK_LISTEN must be host:port, such as " + DEFAULT_LISTEN
                    + ", was '" + value + "'");
        }
        // what Telegram accepts as secret_token
        if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new IllegalArgumentException("TELEGRAM_WEBHOOK_SECRET must be set in the environment for webhook mode:"
                    + " 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
        }
        return new WebhookSettings(uri, value.substring(0, colon), port, secret);
    }

    /** The path the replicas serve: that of the public URL. */
    public String path() {
        String path = url.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    @Override
    public String toString() {
        return "WebhookSettings[url=" + url + ", listen=" + host + ":" + port + ", secret=(hidden)]";
    }
}
