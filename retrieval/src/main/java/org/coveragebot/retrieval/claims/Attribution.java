package org.coveragebot.retrieval.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.text.SentenceSplitter;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * Who an article reports as saying a passage of it: the speaker of the attribution cue whose words
 * hold the passage, with a pronoun ("he said") resolved to the speaker the article named last, a bare
 * role ("the ministry said") to the name that holds it ("Russia’s Defense Ministry"), a surname to the
 * full name given earlier, and titles dropped ("Gov. Chris Christie" → "Chris Christie"). The outlet's
 * own narration has no speaker.
 */
public final class Attribution {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Attribution.class);

    /** Paragraphs looked back through to resolve a pronoun or a role. */
    private static final int LOOK_BACK_PARAGRAPHS = 4;
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> COLLECTIVE = Set.of("they", "it", "we", "i");
    /** A role held by the one a pronoun points back to: "his co-authors", "her spokesman". */
    private static final Pattern POSSESSED = Pattern.compile("(?:his|her)\\s");
    /** The name joined to such a role: "Gaffney and " of "Gaffney and his co-authors". */
    private static final Pattern PARTNER = Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}’'-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}’'-]+)*)"
            + "[ \\t]+and[ \\t]+$");
    private static final Pattern TITLE = Pattern.compile("^(?:(?:The|Former|former|Then-|Acting|U\\.S\\.|US)\\s+)*"
            + "(?:(?:Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Capt|Cpl|Prof|Rev|Det|Supt|Insp|Cmdr|Adm|Maj|Pres|Hon|St)\\.?"
            + "|President|Vice President|Governor|Senator|Representative|Mayor|Judge|Justice|Sheriff|Chief|Officer"
            + "|Detective|Sergeant|Captain|Lieutenant|Commissioner|Director|Secretary|Minister|Prime Minister|Chairman"
            + "|Chairwoman|Speaker|Leader|Pope|King|Queen|Prince|Princess|General|Attorney General|Deputy|Spokesman"
            + "|Spokeswoman|Professor|Coach|Trooper|Corporal|Agent|Councilman|Councilwoman|Alderman|Superintendent"
            + "|Congressman|Congresswoman|Assemblyman|Assemblywoman|Ambassador|Pastor|Bishop|Father|Sister|Rabbi|Imam)"
            + "\\s+(?=\\p{Lu})");
    /** A name of two words or more within a line: "Buckingham Palace.\n\nPhilip" is two. */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}’'.-]*(?:[ \\t]+(?:(?:de|da|van|von|al|bin|la|le)[ \\t]+)?"
            + "\\p{Lu}[\\p{L}\\p{M}’'.-]*)+");

    private Attribution() {
    }

    /** Who {@code article} reports as saying the words at {@code quote}; empty for the outlet's own narration. */
    public static Optional<String> speaker(Article article, TextSpan quote) {
        return speaker(article, quote, quote);
    }


    /**
     * Who {@code article} reports as saying {@code quote}, judged by its words at {@code focus} (the part
     * that answers the question): in "Rubio suggested …, while Cruz said …" the focus tells whose words they are.
     */
    public static Optional<String> speaker(Article article, TextSpan quote, TextSpan focus) {
        try {
            return cuedSpeaker(article, quote, focus);
        } catch (RuntimeException e) {
            // text shaped in a way the cue rules did not foresee: no speaker rather than no answer
            log.debug("No speaker for {} at {}: {}", article.id(), focus, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<String> cuedSpeaker(Article article, TextSpan quote, TextSpan focus) {
        List<TextSpan> body = article.body();
        int at = paragraphOf(body, focus.start());
        if (at < 0) {
            return Optional.empty();
        }
        String text = article.text();
        List<SpeechCue> cues = cues(text, body.get(at));
        SpeechCue best = null;
        double bestShare = 0;
        for (SpeechCue cue : cues) {
            if (reported(cue, cues, focus)) {
                continue; // a speaker named inside the words, within what another says, is reported by that other
            }
            int overlap = Math.min(cue.content().end(), focus.end()) - Math.max(cue.content().start(), focus.start());
            double share = overlap / (double) Math.max(1, focus.length());
            if (overlap > 0 && (share > bestShare + 0.05 || Math.abs(share - bestShare) <= 0.05 && best != null
                    && cue.content().length() < best.content().length())) {
                best = cue;
                bestShare = share;
            }
        }
        if (best == null) {
            best = quotationOfTheParagraph(text, body.get(at), cues, focus);
        }
        if (best == null) {
            best = coveringMost(cues, quote); // "In a video, Prigozhin said the city …": the words asked about name the speaker
        }
        if (best == null && at > 0 && opensWithQuotation(text, body.get(at))) {
            best = lastQuotationCue(text, body.get(at - 1)); // a quotation carried on from the paragraph before
        }
        if (best == null || bestShare > 0 && bestShare < 0.3) {
            return Optional.empty();
        }
        return resolve(article, best.whoAt().start() < body.get(at).start() ? at - 1 : at, best);
    }

    private static boolean opensWithQuotation(String text, TextSpan paragraph) {
        char c = text.charAt(paragraph.start());
        return (c == '\u201c' || c == '"' || text.startsWith("''", paragraph.start()))
                && cues(text, paragraph).stream().noneMatch(cue -> true);
    }

    private static SpeechCue lastQuotationCue(String text, TextSpan paragraph) {
        List<SpeechCue> cues = cues(text, paragraph);
        for (int k = cues.size() - 1; k >= 0; k--) {
            if (isQuotation(text, cues.get(k).content()) || text.charAt(cues.get(k).content().start()) == '\u201c') {
                return cues.get(k);
            }
        }
        return cues.isEmpty() ? null : cues.get(cues.size() - 1);
    }

    /** The cue whose words make up most of the quote, when they make up a third of it or more. */
    private static SpeechCue coveringMost(List<SpeechCue> cues, TextSpan quote) {
        SpeechCue best = null;
        int bestOverlap = quote.length() / 3;
        for (SpeechCue cue : cues) {
            int overlap = Math.min(cue.content().end(), quote.end()) - Math.max(cue.content().start(), quote.start());
            if (overlap > bestOverlap) {
                best = cue;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** "McFadden added that Guccifer told her …": Guccifer's saying is part of McFadden's words. */
    private static boolean reported(SpeechCue cue, List<SpeechCue> cues, TextSpan focus) {
        if (cue.whoAt().start() < focus.start() || cue.whoAt().end() > focus.end()) {
            return false;
        }
        for (SpeechCue other : cues) {
            if (other != cue && other.content().start() <= cue.whoAt().start() && cue.whoAt().end() <= other.content().end()) {
                return true;
            }
        }
        return false;
    }

    /** A quote inside a quotation that has no cue of its own takes the paragraph's other quotation's speaker. */
    private static SpeechCue quotationOfTheParagraph(String text, TextSpan paragraph, List<SpeechCue> cues, TextSpan quote) {
        boolean quoted = Quotations.in(text, paragraph).stream()
                .anyMatch(q -> q.start() <= quote.start() + 2 && quote.end() <= q.end() + 2);
        if (!quoted) {
            return null;
        }
        for (SpeechCue cue : cues) {
            if (isQuotation(text, cue.content())) {
                return cue;
            }
        }
        return null;
    }

    private static boolean isQuotation(String text, TextSpan span) {
        char c = text.charAt(span.start());
        return c == '\u201c' || c == '"' || c == '\'';
    }

    private static Optional<String> resolve(Article article, int paragraph, SpeechCue cue) {
        String who = cue.who().strip();
        String lower = who.toLowerCase(Locale.ROOT);
        if (POSSESSED.matcher(lower).lookingAt()) {
            String before = article.text().substring(Math.max(0, cue.whoAt().start() - 80), cue.whoAt().start());
            Matcher partner = PARTNER.matcher(before);
            if (partner.find()) {
                // "Gaffney and his co-authors said": Gaffney's words, and his co-authors'
                return Optional.of(fullName(article.text(), cue.whoAt().start(), untitled(partner.group(1))));
            }
            // "his aides said": Donald Trump's aides, not Trump himself
            String role = who.substring(who.indexOf(' ') + 1);
            return lastSpeaker(article, paragraph, cue.whoAt().start(), true).map(owner -> owner + "'s " + role);
        }
        if (PERSONAL.contains(lower)) {
            return lastSpeaker(article, paragraph, cue.whoAt().start(), true);
        }
        if (COLLECTIVE.contains(lower)) {
            return lastSpeaker(article, paragraph, cue.whoAt().start(), false);
        }
        if (!Character.isUpperCase(who.charAt(0)) || who.startsWith("The ") || who.startsWith("A ") || who.startsWith("An ")) {
            Optional<String> holder = roleHolder(article.text(), cue.whoAt().start(), who);
            if (holder.isPresent()) {
                return holder;
            }
            return Optional.of(who);
        }
        return Optional.of(fullName(article.text(), cue.whoAt().start(), untitled(who)));
    }

    /** The speaker a pronoun points back to: the last one named before it, else the last full name. */
    private static Optional<String> lastSpeaker(Article article, int paragraph, int before, boolean person) {
        String text = article.text();
        for (int p = paragraph; p >= Math.max(0, paragraph - LOOK_BACK_PARAGRAPHS); p--) {
            List<SpeechCue> cues = cues(text, article.body().get(p));
            for (int k = cues.size() - 1; k >= 0; k--) {
                SpeechCue cue = cues.get(k);
                String who = cue.who().strip().toLowerCase(Locale.ROOT);
                if (cue.whoAt().start() < before && !PERSONAL.contains(who) && !COLLECTIVE.contains(who)
                        && Character.isUpperCase(cue.who().strip().charAt(0))) {
                    return Optional.of(fullName(text, cue.whoAt().start(), untitled(cue.who().strip())));
                }
            }
        }
        if (!person) {
            return Optional.empty();
        }
        int from = Math.max(article.body().get(Math.max(0, paragraph - 1)).start(), before - 1500);
        Matcher name = NAME.matcher(text).region(from, before);
        String last = null;
        while (name.find()) {
            String found = untitled(name.group().replaceAll("[.’']+$", ""));
            if (found.contains(" ") && !found.startsWith("The ")) {
                last = found;
            }
        }
        return Optional.ofNullable(last);
    }

    /** "the ministry" → "Russia’s Defense Ministry": the nearest earlier name holding the role's noun. */
    private static Optional<String> roleHolder(String text, int before, String role) {
        String[] words = role.split("\\s+");
        String noun = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (noun.length() < 4) {
            return Optional.empty();
        }
        Matcher name = NAME.matcher(text).region(Math.max(0, before - 3000), before);
        String holder = null;
        while (name.find()) {
            for (String part : name.group().split("\\s+")) {
                if (part.toLowerCase(Locale.ROOT).replaceAll("[.’']+$", "").equals(noun)) {
                    holder = name.group().replaceAll("^The\\s+", "").replaceAll("[.’']+$", "");
                }
            }
        }
        return Optional.ofNullable(holder);
    }

    /** A surname alone becomes the full name the article gave before: "Barkley" → "Charles Barkley". */
    private static String fullName(String text, int before, String name) {
        if (name.contains(" ") || name.length() < 3) {
            return name;
        }
        // within one sentence: "Cincinnati.\n\nJason said" names no "Cincinnati Jason"
        Matcher full = Pattern.compile("(?!(?:The|A|An|This|That)\\s)\\p{Lu}[\\p{L}\\p{M}’'-]*[\\p{L}\\p{M}](?:[ \\t]+\\p{Lu}\\.?)?[ \\t]+"
                        + Pattern.quote(name) + "\\b")
                .matcher(text).region(0, before);
        String found = null;
        while (full.find()) {
            found = untitled(full.group());
        }
        return found == null ? name : found;
    }

    /** Without leading titles and articles: "New Jersey Gov. Chris Christie" → "Chris Christie". */
    static String untitled(String name) {
        String result = name.strip().replaceAll("[,;:]+$", "");
        int gov = indexOfTitle(result);
        if (gov > 0) {
            result = result.substring(gov);
        }
        String previous;
        do {
            previous = result;
            result = TITLE.matcher(result).replaceFirst("");
        } while (!result.equals(previous));
        return result.isBlank() ? name.strip() : result;
    }

    /** Where a title inside a name ends: "New Jersey Gov. Chris Christie" → the index of "Chris". */
    private static int indexOfTitle(String name) {
        Matcher inner = Pattern.compile("\\s(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Det)\\.\\s+(?=\\p{Lu})").matcher(name);
        int end = -1;
        while (inner.find()) {
            end = inner.end();
        }
        return end;
    }

    private static List<SpeechCue> cues(String text, TextSpan paragraph) {
        return SpeechCues.in(text, paragraph, SentenceSplitter.splitPlainSentences(text, paragraph));
    }

    private static int paragraphOf(List<TextSpan> body, int offset) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).start() <= offset && offset < body.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** Every speaker the article names, in order: for tests and diagnostics. */
    static List<String> speakers(Article article) {
        List<String> all = new ArrayList<>();
        for (int p = 0; p < article.body().size(); p++) {
            for (SpeechCue cue : cues(article.text(), article.body().get(p))) {
                resolve(article, p, cue).ifPresent(all::add);
            }
        }
        return all;
    }
}
