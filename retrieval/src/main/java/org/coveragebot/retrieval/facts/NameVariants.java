package org.coveragebot.retrieval.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells spelling and transliteration variants of one name apart from different names: Bakhmut and
 * Bachmut, Zelensky and Zelenskyy, Pogačar and Pogacar, "Halep" and "Simona Halep", "Alaska Air" and
 * "Alaska Airlines" are the same; Tampa and Glendale, the New York Giants and the New York Jets are not.
 */
public final class NameVariants {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern PARTICLES = Pattern.compile("\\b(the|of|and|de|la|le|von|van|al)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    private NameVariants() {
    }

    public static boolean sameName(String a, String b) {
        String x = skeleton(a);
        String y = skeleton(b);
        if (x.isEmpty() || y.isEmpty()) {
            return x.equals(y);
        }
        if (x.equals(y)) {
            return true;
        }
        String[] wordsX = x.split(" ");
        String[] wordsY = y.split(" ");
        if (wordsX.length <= wordsY.length && partOf(wordsX, wordsY) || wordsY.length <= wordsX.length && partOf(wordsY, wordsX)) {
            return true;
        }
        String joinedX = x.replace(" ", "");
        String joinedY = y.replace(" ", "");
        int distance = levenshtein(joinedX, joinedY);
        return distance <= Math.max(1, Math.min(joinedX.length(), joinedY.length()) / 5);
    }

    /**
     * Every word of the shorter name stands in the longer one, whole or as the start of a longer word:
     * "Halep" in "Simona Halep", "Alaska Air" in "Alaska Airlines". A single short word ("New") is not
     * enough to be a part.
     */
    private static boolean partOf(String[] shorter, String[] longer) {
        if (shorter.length == 1 && shorter[0].length() < 4) {
            return false;
        }
        for (String word : shorter) {
            boolean found = false;
            for (String other : longer) {
                if (word.equals(other) || word.length() >= 3 && other.startsWith(word)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents, with common transliteration differences folded away. */
    public static String skeleton(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        plain = NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ");
        plain = SPACES.matcher(PARTICLES.matcher(plain).replaceAll(" ")).replaceAll(" ").strip();
        plain = plain.replace("kh", "h").replace("ch", "h").replace("ck", "k").replace("ph", "f")
                .replace("w", "v").replace("y", "i").replace("j", "i").replace("ou", "u");
        return DOUBLED.matcher(plain).replaceAll("$1");
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
