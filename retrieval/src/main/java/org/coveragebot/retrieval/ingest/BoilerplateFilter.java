package org.coveragebot.retrieval.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Finds the paragraphs of a text region that are article text. Leaves out what news pages wrap
 * around an article: navigation and share widgets, "related" lists, datelines, bylines, credit lines,
 * author bios and dangling link texts. It judges by the shape of a paragraph (is it a sentence? does
 * it read like a widget label or a bio?) and by where it stands (trailers are peeled from the end).
 */
final class BoilerplateFilter {

    /** Labels of page furniture: a paragraph that is only this is never article text. */
    private static final Pattern WIDGET = Pattern.compile(
            "(?i)^(related( articles?| stories| content| coverage| posts| topics| links)?|back to top( button)?"
            + "|share( this( article| story| post)?)?( on \\w+)?|(read|see) (more|also)\\b.*|advertisement|advertising"
            + "|subscribe\\b.*|sign up\\b.*|follow us\\b.*|click here\\b.*|recommended( stories| for you)?|more from\\b.*"
            + "|you (may|might) also (like|be interested in).*|trending( now| stories)?|most (read|popular|viewed)"
            + "|skip to (main )?content|(tags?|topics?|filed under|categories)\\s*:.*|copyright\\b.*|\u00a9.*"
            + "|all rights reserved.*|this (story|article) (has been|was) (updated|corrected).*|getty images"
            + "|(image|photo|video) (source|caption|credit)s?\\b.*|(photo|image|video)\\s*:.*|loading\\.*|comments?"
            + "|print|e-?mail|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|copy link( copied)?"
            + "|leave a (comment|reply).*|close|menu|search|home|next|previous|continue reading\\b.*)[.:!]?$");

    /** Bylines and time stamps; only when the paragraph is not a sentence ("By Friday, it fell." is one). */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^((updated|published|posted)\\s*:?\\s*\\S.{0,60}|by\\s+\\p{Lu}[\\p{L}.'\u2019-]+(\\s+\\p{Lu}[\\p{L}.'\u2019-]+){0,3}"
            + "(\\s*(,|and|&)\\s*.{0,60})?)$");

    /** A reporter's bio or contact line. */
    private static final Pattern BIO = Pattern.compile(
            "(?i)(\\b(is|was) an? [\\p{L}\\s.,-]{0,80}\\b(reporter|correspondent|writer|editor|journalist|contributor"
            + "|columnist|producer|intern)\\b|get in touch|\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+\\b|^languages?\\s*:"
            + "|\\bfollow (him|her|them) on\\b)");

    /** News-agency credit lines: "X reported from Y.", "X contributed to this report." */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(\\breported from\\b|\\bcontributed( reporting)?( to)?( this)? (report|story|article)\\b"
            + "|\\bcontributed reporting\\b|^\\(?(reporting|writing|editing) by\\b)");

    /** A dateline line such as "Washington CNN —". */
    private static final Pattern DATELINE = Pattern.compile("^[\\p{Lu}][\\p{L} ,.()'-]{0,60}\\s[\u2014\u2013-]{1,2}$");

    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile("[.!?\u2026][\"'\u201d\u2019)\\]]*$");

    private static final Pattern DANGLING_END = Pattern.compile(
            "(?i)\\b(at|on|to|from|here|via|of|for|with|by|and|the|a|an|in)\\s*[:.]?$");

    private BoilerplateFilter() {
    }

    /** The article-text paragraphs of {@code text} from {@code from} on, each trimmed. */
    static List<TextSpan> bodyParagraphs(String text, int from) {
        List<TextSpan> paragraphs = lines(text, from);
        List<TextSpan> kept = new ArrayList<>(paragraphs.size());
        for (TextSpan paragraph : paragraphs) {
            if (!isFurniture(paragraph.of(text))) {
                kept.add(paragraph);
            }
        }
        int end = kept.size();
        while (end > 1 && isTrailer(kept.get(end - 1).of(text))) {
            end--;
        }
        return List.copyOf(kept.subList(0, end));
    }

    static List<TextSpan> lines(String text, int from) {
        List<TextSpan> lines = new ArrayList<>();
        int lineStart = from;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int start = lineStart;
            int end = lineEnd;
            while (start < end && TextSpan.isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && TextSpan.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                lines.add(new TextSpan(start, end));
            }
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    private static boolean isFurniture(String paragraph) {
        if (WIDGET.matcher(paragraph).matches() || DATELINE.matcher(paragraph).matches()) {
            return true;
        }
        if (ENDS_LIKE_SENTENCE.matcher(paragraph).find()) {
            return false;
        }
        return BYLINE.matcher(paragraph).matches()
                || (danglingEnd(paragraph) && words(paragraph) <= 15);
    }

    /** Ends on a word that leads somewhere ("Follow our coverage at"): only the last few characters are looked at. */
    private static boolean danglingEnd(String paragraph) {
        return DANGLING_END.matcher(paragraph).region(Math.max(0, paragraph.length() - 12), paragraph.length())
                .useTransparentBounds(true).find();
    }

    /** What may stand after the last paragraph of the story: credits, bios, bylines, link lists. */
    private static boolean isTrailer(String paragraph) {
        if (BIO.matcher(paragraph).find() || CREDIT.matcher(paragraph).find()) {
            return true;
        }
        return !ENDS_LIKE_SENTENCE.matcher(paragraph).find() && words(paragraph) <= 20;
    }

    private static int words(String paragraph) {
        return paragraph.isBlank() ? 0 : paragraph.trim().split("\\s+").length;
    }
}
