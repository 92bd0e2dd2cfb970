package org.coveragebot.retrieval.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds statements that contradict each other. Two sentences are aligned word by word (longest common
 * subsequence over spelling-folded words); where they say the same thing around a place where each
 * states a different value — amount, count, percentage, date, or name — that is a conflict. Values
 * that agree are not: the same number with a hedge or rounding ("about 70" / "70"), the same quantity
 * in other units (55 km / 34 miles), and spelling variants of one name (Bakhmut / Bachmut).
 */
public final class ConflictFinder {

    private static final Pattern TOKEN = Pattern.compile("[$€£¥]?\\d[\\d,.]*%?|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019-]*");
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");
    private static final Pattern TRAILING_LETTERS = Pattern.compile("[a-z]+$");
    /** At least this share of the longer sentence's words must align for two sentences to be "the same statement". */
    private static final double MIN_ALIGNED_SHARE = 0.6;
    private static final int MIN_ALIGNED_WORDS = 4;
    private static final double EXACT_TOLERANCE = 0.005;
    private static final double HEDGED_TOLERANCE = 0.12;
    private static final double UNIT_TOLERANCE = 0.05;

    private ConflictFinder() {
    }

    /** Conflicts among {@code statements}; {@code sources[i]} names the article of statement i. */
    public static List<Conflict> find(List<String> statements, List<String> sources) {
        List<Tokens> tokens = new ArrayList<>();
        List<List<Value>> values = new ArrayList<>();
        for (String statement : statements) {
            tokens.add(Tokens.of(statement));
            values.add(ValueExtractor.extract(statement));
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                if (sources.get(i).equals(sources.get(j))) {
                    continue;
                }
                Conflict conflict = compare(i, j, statements.get(i), tokens.get(i), values.get(i), tokens.get(j), values.get(j));
                if (conflict != null) {
                    conflicts.add(conflict);
                }
            }
        }
        return conflicts;
    }

    private static Conflict compare(int i, int j, String a, Tokens ta, List<Value> va, Tokens tb, List<Value> vb) {
        int[][] lcs = lcs(ta.folded, tb.folded);
        int aligned = lcs[0][0];
        if (aligned < MIN_ALIGNED_WORDS || aligned < MIN_ALIGNED_SHARE * Math.max(ta.size(), tb.size())) {
            return null;
        }
        int x = 0;
        int y = 0;
        while (x < ta.size() || y < tb.size()) {
            if (x < ta.size() && y < tb.size() && ta.folded.get(x).equals(tb.folded.get(y))) {
                x++;
                y++;
                continue;
            }
            int hunkX = x;
            int hunkY = y;
            while (x < ta.size() && y < tb.size() && !ta.folded.get(x).equals(tb.folded.get(y))) {
                if (lcs[x + 1][y] >= lcs[x][y + 1]) {
                    x++;
                } else {
                    y++;
                }
            }
            if (x == ta.size() || y == tb.size()) {
                x = ta.size();
                y = tb.size();
            }
            if (hunkX < x && hunkY < y) {
                Value left = valueIn(va, ta.start(hunkX), ta.end(x - 1));
                Value right = valueIn(vb, tb.start(hunkY), tb.end(y - 1));
                if (left != null && right != null && disagree(left, right) && anchored(ta, tb, hunkX, x, hunkY, y)) {
                    Value[] differing = differingParts(left, right);
                    return new Conflict(i, j, differing[0], differing[1], topic(a, differing[0]));
                }
            }
        }
        return null;
    }

    /**
     * Two names cut to the words in which they differ, where what they share is a part of its own:
     * "Korea, U.S." and "Korea, Norway" differ in "U.S." and "Norway"; "Romania's Simona Halep" and
     * "Romania's Angelique Kerber" in the player. A shared part that belongs to both names ("New York"
     * of the Giants and the Jets, "Biden" of Joe and Hunter) stays: a lone "Jets" says less.
     */
    static Value[] differingParts(Value a, Value b) {
        if (a.kind() != ValueKind.NAME) {
            return new Value[] {a, b};
        }
        String[] wa = a.text().split(" ");
        String[] wb = b.text().split(" ");
        int front = 0;
        while (front < Math.min(wa.length, wb.length) - 1 && wa[front].equals(wb[front])) {
            front++;
        }
        int back = 0;
        while (back < Math.min(wa.length, wb.length) - front - 1
                && wa[wa.length - 1 - back].equals(wb[wb.length - 1 - back])) {
            back++;
        }
        boolean longRest = wa.length - front - back >= 2 && wb.length - front - back >= 2;
        if (!(front > 0 && (longRest || standsApart(wa[front - 1])))) {
            front = 0;
        }
        if (!longRest) {
            back = 0;
        }
        if (front == 0 && back == 0) {
            return new Value[] {a, b};
        }
        Value narrowA = words(a, wa, front, back);
        Value narrowB = words(b, wb, front, back);
        return disagree(narrowA, narrowB) ? new Value[] {narrowA, narrowB} : new Value[] {a, b};
    }

    /** A shared leading word ending in a comma or a possessive is apart from what follows it. */
    private static boolean standsApart(String word) {
        return word.endsWith(",") || word.endsWith("'s") || word.endsWith("’s");
    }

    /** The value's words without {@code front} words before and {@code back} words after, with their offsets. */
    private static Value words(Value value, String[] words, int front, int back) {
        int from = 0;
        for (int k = 0; k < front; k++) {
            from += words[k].length() + 1;
        }
        int to = value.text().length();
        for (int k = 0; k < back; k++) {
            to -= words[words.length - 1 - k].length() + 1;
        }
        while (to > from && ",;:".indexOf(value.text().charAt(to - 1)) >= 0) {
            to--;
        }
        return new Value(value.kind(), value.start() + from, value.start() + to, value.text().substring(from, to),
                value.number(), value.hedge());
    }

    /** The differing values must sit between words both sentences share: the same slot of the same statement. */
    private static boolean anchored(Tokens ta, Tokens tb, int ax, int axEnd, int by, int byEnd) {
        boolean before = ax > 0 && by > 0;
        boolean after = axEnd < ta.size() && byEnd < tb.size();
        return before || after;
    }

    private static Value valueIn(List<Value> values, int from, int to) {
        for (Value value : values) {
            if (value.overlaps(from, to)) {
                return value;
            }
        }
        return null;
    }

    static boolean disagree(Value a, Value b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        if (a.kind() == ValueKind.NAME) {
            return !NameVariants.sameName(a.text(), b.text());
        }
        if (a.kind() == ValueKind.DATE) {
            return datesDiffer(a.number(), b.number());
        }
        if (bounds(a, b) || bounds(b, a)) {
            return false;
        }
        if (Double.isNaN(a.number()) || Double.isNaN(b.number())) {
            return false;
        }
        double larger = Math.max(Math.abs(a.number()), Math.abs(b.number()));
        if (larger == 0) {
            return false;
        }
        double difference = Math.abs(a.number() - b.number());
        double tolerance = EXACT_TOLERANCE * larger;
        if (a.hedged() || b.hedged()) {
            tolerance = Math.max(HEDGED_TOLERANCE * larger, 1); // "about five" is no disagreement with six
        } else if (!unit(a.text()).equals(unit(b.text()))) {
            tolerance = UNIT_TOLERANCE * larger;
        }
        tolerance = Math.max(tolerance, Math.max(roundingStep(a), roundingStep(b)) / 2);
        return difference > tolerance;
    }

    /**
     * How coarsely a figure is written, in its base units: "1.2 million" is to the nearest 100,000,
     * "40,000" to the nearest 1,000 or more, "$375 million" to the nearest million.
     */
    static double roundingStep(Value value) {
        Matcher digits = WRITTEN_NUMBER.matcher(value.text());
        if (!digits.find()) {
            return 0;
        }
        String written = digits.group().replace(",", "");
        double plain = Double.parseDouble(written);
        if (plain == 0) {
            return 0;
        }
        double scale = value.number() / plain;
        double step;
        if (digits.group(1) != null) {
            step = Math.pow(10, -digits.group(1).length());
        } else {
            String integer = written;
            int zeros = integer.length() - integer.replaceAll("0+$", "").length();
            step = zeros >= 2 ? Math.pow(10, zeros) : 1;
        }
        return step * scale;
    }

    /** "At least 5" allows 6; "up to 5" allows 4: a bound is no disagreement with a figure on its side of it. */
    private static boolean bounds(Value bound, Value figure) {
        if (Double.isNaN(bound.number()) || Double.isNaN(figure.number())) {
            return false;
        }
        return bound.hedge() == Hedge.AT_LEAST && figure.number() >= bound.number()
                || bound.hedge() == Hedge.AT_MOST && figure.number() <= bound.number();
    }

    /** Dates encoded year*10000+month*100+day; a part missing on one side is not a difference. */
    private static boolean datesDiffer(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return false;
        }
        int[] pa = {(int) a / 10000, (int) a / 100 % 100, (int) a % 100};
        int[] pb = {(int) b / 10000, (int) b / 100 % 100, (int) b % 100};
        for (int k = 0; k < 3; k++) {
            if (pa[k] != 0 && pb[k] != 0 && pa[k] != pb[k]) {
                return true;
            }
        }
        return false;
    }

    private static String unit(String text) {
        Matcher letters = TRAILING_LETTERS.matcher(text.toLowerCase(Locale.ROOT));
        return letters.find() ? letters.group() : "";
    }

    /** The first statement, its value replaced by "…", cut to a dozen words around it. */
    private static String topic(String sentence, Value value) {
        String before = sentence.substring(0, value.start()).strip();
        String after = sentence.substring(value.end()).strip();
        String[] left = before.isEmpty() ? new String[0] : before.split("\\s+");
        String[] right = after.isEmpty() ? new String[0] : after.split("\\s+");
        int keepLeft = Math.min(left.length, 7);
        int keepRight = Math.min(right.length, 6);
        StringBuilder topic = new StringBuilder();
        if (keepLeft < left.length) {
            topic.append("\u2026 ");
        }
        for (int k = left.length - keepLeft; k < left.length; k++) {
            topic.append(left[k]).append(' ');
        }
        topic.append('\u2026');
        for (int k = 0; k < keepRight; k++) {
            topic.append(' ').append(right[k]);
        }
        if (keepRight < right.length) {
            topic.append(" \u2026");
        }
        return topic.toString().replaceAll("[\\s,;:]+$", "").replaceAll("[.!?]$", "");
    }

    private static int[][] lcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int x = a.size() - 1; x >= 0; x--) {
            for (int y = b.size() - 1; y >= 0; y--) {
                table[x][y] = a.get(x).equals(b.get(y)) ? table[x + 1][y + 1] + 1
                        : Math.max(table[x + 1][y], table[x][y + 1]);
            }
        }
        return table;
    }

    /** A sentence's words with their offsets, folded so that spelling variants align. */
    private record Tokens(List<String> folded, List<int[]> spans) {

        static Tokens of(String sentence) {
            List<String> folded = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            Matcher m = TOKEN.matcher(sentence);
            while (m.find()) {
                String word = m.group();
                folded.add(Character.isDigit(word.charAt(0)) || word.charAt(0) < 'A' || "$€£¥".indexOf(word.charAt(0)) >= 0
                        ? word : NameVariants.skeleton(word));
                spans.add(new int[] {m.start(), m.end()});
            }
            return new Tokens(folded, spans);
        }

        int size() {
            return folded.size();
        }

        int start(int index) {
            return spans.get(index)[0];
        }

        int end(int index) {
            return spans.get(index)[1];
        }
    }
}
