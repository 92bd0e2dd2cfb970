package org.coveragebot.bot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a message as Telegram's HTML parser would: known tags only, balanced, no stray markup characters. */
final class TelegramHtml {

    private static final Set<String> TAGS = Set.of("b", "i", "u", "s", "a", "code", "pre", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)(\\s+href=\"[^\"<>]*\")?>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot);");

    private TelegramHtml() {
    }

    /** Null when {@code html} is a valid Telegram HTML message, else what is wrong. */
    static String problem(String html) {
        if (html.isEmpty()) {
            return "empty message";
        }
        if (html.length() > HtmlAnswerRenderer.TELEGRAM_LIMIT) {
            return "longer than 4096: " + html.length();
        }
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            String between = html.substring(at, tag.start());
            String stray = strayMarkup(between);
            if (stray != null) {
                return stray;
            }
            String name = tag.group(2);
            if (!TAGS.contains(name)) {
                return "unknown tag " + name;
            }
            if (tag.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty() || !open.pop().equals(name)) {
                return "unbalanced </" + name + ">";
            }
            at = tag.end();
        }
        String stray = strayMarkup(html.substring(at));
        return stray != null ? stray : open.isEmpty() ? null : "unclosed <" + open.peek() + ">";
    }

    private static String strayMarkup(String text) {
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            return "unescaped < or > in: " + text;
        }
        String withoutEntities = ENTITY.matcher(text).replaceAll("");
        return withoutEntities.indexOf('&') >= 0 ? "unescaped & in: " + text : null;
    }
}
