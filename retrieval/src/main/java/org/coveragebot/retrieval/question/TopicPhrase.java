package org.coveragebot.retrieval.question;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question turned into the clause a note about it needs: "How much aid did Biden announce?" → "how
 * much aid Biden announced"; "When was the dam built?" → "when the dam was built"; "What is the
 * population of Kramatorsk?" → "what the population of Kramatorsk is"; "How many people were killed in
 * the shooting?" stays as it is, lower-cased and without its question mark.
 */
public final class TopicPhrase {

    private static final Pattern WH = Pattern.compile("(?i)^(?:and|but|so|then)?\\s*((?:how (?:much|many|long|far|old|big|often)"
            + "|which|what|who|whom|whose|when|where|why|how)(?:\\s+(?!(?:did|does|do|was|were|is|are|has|have|had|will|would"
            + "|can|could|should)\\b)[\\p{L}\\p{N}'’-]+){0,3}?)\\s+(did|does|do|was|were|is|are|has|have|had|will|would|can"
            + "|could|should)\\s+(.+)$");
    private static final Pattern PARTICIPLE = Pattern.compile("(?i)\\b(\\p{L}+(?:ed|en|ing)|built|made|held|won|lost|taken|"
            + "given|paid|sold|bought|shot|hit|hurt|killed|found|seen|known|told|said|led|left|set|put|run|begun|done|gone)\\b");
    private static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(Map.entry("win", "won"), Map.entry("lose", "lost"),
            Map.entry("say", "said"), Map.entry("tell", "told"), Map.entry("make", "made"), Map.entry("take", "took"),
            Map.entry("give", "gave"), Map.entry("go", "went"), Map.entry("come", "came"), Map.entry("become", "became"),
            Map.entry("begin", "began"), Map.entry("buy", "bought"), Map.entry("sell", "sold"), Map.entry("pay", "paid"),
            Map.entry("lead", "led"), Map.entry("leave", "left"), Map.entry("hold", "held"), Map.entry("build", "built"),
            Map.entry("spend", "spent"), Map.entry("send", "sent"), Map.entry("find", "found"), Map.entry("get", "got"),
            Map.entry("have", "had"), Map.entry("do", "did"), Map.entry("run", "ran"), Map.entry("see", "saw"),
            Map.entry("meet", "met"), Map.entry("write", "wrote"), Map.entry("speak", "spoke"), Map.entry("steal", "stole"),
            Map.entry("bring", "brought"), Map.entry("think", "thought"), Map.entry("fight", "fought"),
            Map.entry("catch", "caught"), Map.entry("choose", "chose"), Map.entry("fall", "fell"), Map.entry("rise", "rose"),
            Map.entry("shoot", "shot"), Map.entry("hit", "hit"), Map.entry("cut", "cut"), Map.entry("set", "set"),
            Map.entry("put", "put"), Map.entry("hurt", "hurt"), Map.entry("cost", "cost"), Map.entry("let", "let"),
            Map.entry("flee", "fled"), Map.entry("draw", "drew"), Map.entry("grow", "grew"), Map.entry("know", "knew"),
            Map.entry("throw", "threw"), Map.entry("break", "broke"), Map.entry("sink", "sank"), Map.entry("strike", "struck"),
            Map.entry("stand", "stood"), Map.entry("beat", "beat"), Map.entry("keep", "kept"), Map.entry("mean", "meant"),
            Map.entry("eat", "ate"), Map.entry("drive", "drove"), Map.entry("fly", "flew"), Map.entry("swim", "swam"));

    private static final Pattern VERB_FOLLOWER = Pattern.compile("(?:about|for|to|in|on|at|with|from|by|of|into|over|after"
            + "|before|during|the|a|an|his|her|their|its|this|that|these|those|him|them|it|\\p{N}.*|\\$.*|\\p{Lu}.*)");

    private TopicPhrase() {
    }

    public static String of(String question) {
        String text = question.strip().replaceAll("[?.!\\s]+$", "");
        Matcher wh = WH.matcher(text);
        if (!wh.matches()) {
            return lowerFirst(text);
        }
        String asked = wh.group(1);
        String auxiliary = wh.group(2).toLowerCase(Locale.ROOT);
        String rest = wh.group(3);
        String clause = switch (auxiliary) {
            case "did" -> pastOfFirstVerb(rest);
            case "does", "do" -> rest;
            default -> placed(rest, auxiliary);
        };
        return lowerFirst(asked) + " " + clause;
    }

    /**
     * "Biden announce" → "Biden announced", "the gunman kill" → "the gunman killed": the verb is the first
     * lower-case word after the subject that ends the clause or is followed by what a verb takes (a
     * preposition, an article, a number).
     */
    private static String pastOfFirstVerb(String rest) {
        String[] words = rest.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            boolean lower = !words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0)) && !isArticle(words[i]);
            boolean takes = i + 1 == words.length || VERB_FOLLOWER.matcher(words[i + 1]).matches();
            if (lower && takes) {
                words[i] = past(words[i]);
                return String.join(" ", words);
            }
        }
        return rest;
    }

    /** "the dam built" with "was" → "the dam was built"; with no participle the auxiliary goes last. */
    private static String placed(String rest, String auxiliary) {
        Matcher participle = PARTICIPLE.matcher(rest);
        if (participle.find()) {
            return participle.start() == 0 ? auxiliary + " " + rest // "how many people were evacuated": no inversion
                    : rest.substring(0, participle.start()) + auxiliary + " " + rest.substring(participle.start());
        }
        return rest + " " + auxiliary;
    }

    static String past(String verb) {
        String lower = verb.toLowerCase(Locale.ROOT);
        if (IRREGULAR_PAST.containsKey(lower)) {
            return IRREGULAR_PAST.get(lower);
        }
        if (lower.endsWith("e")) {
            return verb + "d";
        }
        if (lower.matches(".*[^aeiou]y")) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return verb + "ed";
    }

    private static boolean isArticle(String word) {
        return word.equalsIgnoreCase("the") || word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
