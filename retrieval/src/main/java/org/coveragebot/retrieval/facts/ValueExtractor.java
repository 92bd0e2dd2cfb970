package org.coveragebot.retrieval.facts;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the checkable values in a sentence: money, percentages, other numbers (with units folded to
 * base units, so 55 kilometers and 34 miles compare), dates, and names (runs of capitalised words,
 * "Tampa, Florida" as one). Where two patterns claim the same characters, the more specific wins.
 */
public final class ValueExtractor {

    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String SCALE = "(?:\\s?(?:million|billion|trillion|thousand|bn|mn|m|b|k)\\b)?";
    private static final Pattern MONEY = Pattern.compile(
            "(?i)(?:(?:US|A|C|HK|NZ)?[$€£¥]\\s?(?:" + NUM + ")" + SCALE + ")"
            + "|(?:(?:" + NUM + ")\\s?(?:million|billion|trillion)?\\s?(?:dollars|euros|pounds sterling|yen|yuan|rupees|usd|eur|gbp)\\b)");
    private static final Pattern PERCENT = Pattern.compile("(?i)(?:" + NUM + ")\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)");
    private static final String MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(?:" + MONTHS + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:1[6-9]|20)\\d{2})?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTHS + ")\\.?(?:,?\\s+(?:1[6-9]|20)\\d{2})?"
            + "|(?:" + MONTHS + ")\\.?,?\\s+(?:1[6-9]|20)\\d{2}"
            + "|(?:1[6-9]|20)\\d{2}-\\d{2}-\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[6-9]|20)\\d{2}\\b");
    /** Any way news says when: a month, a weekday, a year or decade, a clock time, a season, "next week", "ago". */
    private static final Pattern TIME = Pattern.compile("\\b(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\."
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?i:today|tonight|yesterday|tomorrow)"
            + "|(?:1[6-9]|20)\\d{2}s?|\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m|p\\.m|am|pm|GMT|BST|EST|ET|PT)"
            + "|(?i:(?:this|next|last|early|late|mid)[ -](?:week|weekend|month|year|spring|summer|autumn|fall|winter|decade|century)"
            + "|(?:in|during|by|until|this|the) (?:spring|summer|autumn|fall|winter)|\\w+ (?:days?|weeks?|months?|years?) ago"
            + "|(?:since|until|by|from) (?:then|now)))\\b");
    /** Counts news gives without a figure: "thousands of", "hundreds", "tens of millions", "a handful". */
    private static final Pattern ROUGH_COUNT = Pattern.compile(
            "(?i)\\b(?:hundreds|thousands|millions|billions|tens of|scores of|a handful|dozens)\\b");
    private static final String UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A number in words: "five", "twenty-five", "a dozen", "hundreds". */
    private static final String WORDS = "(?:(?:" + TENS + ")(?:[- ](?:" + UNITS_WORDS + "))?|" + TEENS + "|" + UNITS_WORDS
            + "|hundred|a dozen|dozens|another(?!\\s+(?:\\d|" + UNITS_WORDS + "|" + TEENS + "|" + TENS + ")))";
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)\\b(?:" + NUM + ")(?:\\s?[-\u2013\u2014]\\s?\\d+)?(?:\\s?(?:million|billion|trillion|thousand|hundred)\\b)?"
            + "(?:\\s?(?:km|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?|m|feet|ft|foot|kg|kilograms?|tons?|tonnes?|"
            + "hours?|days?|weeks?|months?|years?)\\b)?"
            + "|\\b" + WORDS + "\\b(?:\\s(?:hundred|thousand|million|billion))?"
            + "(?:-(?:minute|hour|day|week|month|year)s?\\b|\\s(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\\b)?");
    private static final Pattern NAME = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}'\u2019.&-]*)"
            + "(?:(?:\\s+(?:of|de|da|del|van|von|al|bin|the|and|&)){0,2}\\s+(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}'\u2019.&-]*|[IVXL]+\\b))*"
            + "(?:,\\s\\p{Lu}[\\p{L}\\p{M}.-]+(?:\\s(?:of\\s)?\\p{Lu}[\\p{L}\\p{M}.-]+)*(?=[\\s,.;:!?)]|$))?");
    /** A word of three or more letters, a full stop, space and a capital: a sentence ends there ("Jr. Smith" does not). */
    private static final Pattern NAME_THEN_SENTENCE = Pattern.compile("(?<=\\p{L}{3})\\.\\s+(?=\\p{Lu})");
    private static final Pattern DIGITS = Pattern.compile(NUM);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b");
    /** "\\bjan", "\\bfeb" …, by month ordinal. */
    private static final Pattern[] MONTH_STARTS = java.util.Arrays.stream(Month.values())
            .map(month -> Pattern.compile("\\b" + month.name().toLowerCase(Locale.ROOT).substring(0, 3)))
            .toArray(Pattern[]::new);
    private static final Pattern AT_LEAST = Pattern.compile(
            "(?i)\\b(over|more than|at least|upwards of|in excess of|a minimum of|no fewer than|no less than)\\s*$");
    private static final Pattern AT_MOST = Pattern.compile(
            "(?i)\\b(less than|fewer than|at most|up to|under|as many as|as much as|no more than)\\s*$");
    private static final Pattern ABOUT = Pattern.compile(
            "(?i)(\\b(?:about|around|nearly|almost|roughly|approximately|some|close to|an estimated|estimated)|~)\\s*$");

    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
            "his", "her", "its", "their", "our", "this", "that", "these", "those", "but", "and", "or", "in", "on", "at",
            "as", "for", "if", "when", "while", "after", "before", "there", "some", "many", "most", "one", "more", "however",
            "meanwhile", "still", "yet", "so", "also", "since", "according", "what", "who", "why", "how", "not", "no",
            "with", "by", "from", "of", "to", "mr", "mrs", "ms", "dr", "president", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "yesterday", "last", "next", "both", "all", "each",
            "every", "other", "another", "such", "then", "now", "here", "where", "which", "once", "despite", "although",
            "though", "because", "even", "just", "only", "officials", "speaking", "using", "during", "among", "like",
            "unlike", "under", "over", "about", "through", "until", "former", "new", "read", "watch", "photo", "video");
    private static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "k", 1e3, "million", 1e6, "mn", 1e6,
            "m", 1e6, "billion", 1e9, "bn", 1e9, "b", 1e9, "trillion", 1e12, "hundred", 1e2);
    private static final Map<String, Double> UNITS = Map.ofEntries(Map.entry("km", 1000.0),
            Map.entry("kilometer", 1000.0), Map.entry("kilometre", 1000.0), Map.entry("mile", 1609.344),
            Map.entry("mi", 1609.344), Map.entry("meter", 1.0), Map.entry("metre", 1.0), Map.entry("feet", 0.3048),
            Map.entry("ft", 0.3048), Map.entry("foot", 0.3048), Map.entry("kg", 1.0), Map.entry("kilogram", 1.0),
            Map.entry("ton", 907.0), Map.entry("tonne", 1000.0), Map.entry("hour", 1 / 24.0), Map.entry("day", 1.0),
            Map.entry("week", 7.0), Map.entry("month", 30.44), Map.entry("year", 365.25));
    private static final Map<String, Double> WORD_NUMBERS = wordNumbers();

    private ValueExtractor() {
    }

    private static Map<String, Double> wordNumbers() {
        Map<String, Double> numbers = new java.util.HashMap<>();
        String[] small = (UNITS_WORDS + "|" + TEENS).split("\\|");
        for (int i = 0; i < small.length; i++) {
            numbers.put(small[i], i + 1.0);
        }
        String[] tens = TENS.split("\\|");
        for (int i = 0; i < tens.length; i++) {
            numbers.put(tens[i], (i + 2) * 10.0);
        }
        numbers.put("hundred", 100.0);
        numbers.put("a dozen", 12.0);
        numbers.put("dozens", 24.0);
        numbers.put("another", 1.0); // "one was killed and another wounded"
        return Map.copyOf(numbers);
    }

    /** The years {@code text} names ("2010" in "Who won the 2010 World Cup?"), in order. */
    public static List<String> years(String text) {
        return YEAR.matcher(text).results().map(MatchResult::group).toList();
    }

    /** Does {@code sentence} give a count without a figure ("casualties numbering in the thousands")? */
    public static boolean mentionsRoughCount(String sentence) {
        return ROUGH_COUNT.matcher(sentence).find();
    }

    /** The ways {@code sentence} says when ("Sunday", "May", "2012", "8 a.m", "last week", "in the winter"), in order. */
    public static List<String> times(String sentence) {
        return TIME.matcher(sentence).results().map(MatchResult::group).toList();
    }

    /** The ways {@code sentence} says when, as values with their offsets (their number unknown: NaN). */
    public static List<Value> timeValues(String sentence) {
        return TIME.matcher(sentence).results().map(m -> new Value(ValueKind.DATE, m.start(), m.end(), m.group(),
                Double.NaN, Hedge.NONE)).toList();
    }

    /** The values in {@code sentence}, in order of position, none overlapping. */
    public static List<Value> extract(String sentence) {
        List<Value> values = new ArrayList<>();
        addAll(values, sentence, MONEY, ValueKind.MONEY);
        addAll(values, sentence, PERCENT, ValueKind.PERCENT);
        addAll(values, sentence, DATE, ValueKind.DATE);
        addAll(values, sentence, YEAR, ValueKind.DATE);
        addAll(values, sentence, NUMBER, ValueKind.NUMBER);
        addNames(values, sentence);
        values.sort(java.util.Comparator.comparingInt(Value::start));
        return values;
    }

    private static void addAll(List<Value> values, String sentence, Pattern pattern, ValueKind kind) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            if (m.end() > m.start() && free(values, m.start(), m.end())) {
                String text = m.group().strip();
                values.add(new Value(kind, m.start(), m.start() + text.length(), text, quantity(kind, text),
                        hedge(sentence.substring(Math.max(0, m.start() - 20), m.start()))));
            }
        }
    }

    private static void addNames(List<Value> values, String sentence) {
        // a run of capitalised words never crosses a full stop after a word ("US Open. With the win …"),
        // though it may hold initials and short abbreviations ("Robert F. Kennedy Jr.")
        Matcher sentenceEnd = NAME_THEN_SENTENCE.matcher(sentence);
        int from = 0;
        while (from < sentence.length()) {
            int to = sentenceEnd.find() ? sentenceEnd.start() + 1 : sentence.length();
            addNames(values, sentence, NAME.matcher(sentence).region(from, to).useTransparentBounds(true));
            from = to;
        }
    }

    private static void addNames(List<Value> values, String sentence, Matcher m) {
        while (m.find()) {
            int start = m.start();
            String text = m.group();
            // drop a capitalised function word at the front ("The", "But"), and trailing dots
            String first = text.split("[\\s,]+")[0];
            if (NOT_NAMES.contains(first.toLowerCase(Locale.ROOT).replaceAll("[.'\u2019]", ""))) {
                int space = text.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                start += space + 1;
                text = text.substring(space + 1);
                if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
                    continue;
                }
            }
            while (text.endsWith(".") && !text.matches(".*\\b\\p{Lu}\\.(\\p{Lu}\\.)*$")) {
                text = text.substring(0, text.length() - 1);
            }
            int end = start + text.length();
            if (text.isEmpty() || Character.isDigit(text.charAt(0)) || !free(values, start, end)) {
                continue;
            }
            values.add(new Value(ValueKind.NAME, start, end, text, Double.NaN, Hedge.NONE));
        }
    }

    /** How the words before a figure hedge it: "at least 5", "up to 5", "about 5". */
    static Hedge hedge(String before) {
        if (AT_LEAST.matcher(before).find()) {
            return Hedge.AT_LEAST;
        }
        if (AT_MOST.matcher(before).find()) {
            return Hedge.AT_MOST;
        }
        return ABOUT.matcher(before).find() ? Hedge.ABOUT : Hedge.NONE;
    }

    private static boolean free(List<Value> values, int start, int end) {
        for (Value value : values) {
            if (value.overlaps(start, end)) {
                return false;
            }
        }
        return true;
    }

    /** The quantity in base units, or NaN when the text holds none. */
    static double quantity(ValueKind kind, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (kind == ValueKind.DATE) {
            return dateNumber(lower);
        }
        if (kind == ValueKind.NAME) {
            return Double.NaN;
        }
        Matcher digits = DIGITS.matcher(lower);
        double number;
        int after;
        if (digits.find()) {
            number = Double.parseDouble(digits.group().replace(",", ""));
            after = digits.end();
        } else {
            Double word = null;
            int longest = 0;
            for (Map.Entry<String, Double> entry : WORD_NUMBERS.entrySet()) {
                if (lower.startsWith(entry.getKey()) && entry.getKey().length() > longest
                        && (lower.length() == entry.getKey().length() || !Character.isLetter(lower.charAt(entry.getKey().length())))) {
                    word = entry.getValue();
                    longest = entry.getKey().length();
                }
            }
            if (word == null) {
                return Double.NaN;
            }
            number = word;
            after = longest;
            java.util.regex.Matcher unit = Pattern.compile("^[- ](one|two|three|four|five|six|seven|eight|nine)\\b")
                    .matcher(lower.substring(after));
            if (word >= 20 && word < 100 && unit.find()) { // "twenty-five"
                number += WORD_NUMBERS.get(unit.group(1));
                after += unit.end();
            }
        }
        String rest = lower.substring(after).strip();
        for (String token : rest.split("[\\s-]+")) {
            String singular = token.endsWith("s") && token.length() > 3 ? token.substring(0, token.length() - 1) : token;
            if (SCALES.containsKey(token)) {
                number *= SCALES.get(token);
            } else if (kind == ValueKind.NUMBER && UNITS.containsKey(singular)) {
                number *= UNITS.get(singular);
            }
        }
        return number;
    }

    private static double dateNumber(String lower) {
        Matcher iso = ISO_DATE.matcher(lower);
        if (iso.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
                return date.getYear() * 10000.0 + date.getMonthValue() * 100 + date.getDayOfMonth();
            } catch (java.time.DateTimeException e) {
                return Double.NaN;
            }
        }
        Matcher year = YEAR.matcher(lower);
        int y = year.find() ? Integer.parseInt(year.group()) : 0;
        Month month = null;
        for (Month candidate : Month.values()) {
            if (MONTH_STARTS[candidate.ordinal()].matcher(lower).find()) {
                month = candidate;
                break;
            }
        }
        Matcher day = DAY.matcher(lower);
        int d = 0;
        while (day.find()) {
            int n = Integer.parseInt(day.group(1));
            if (n >= 1 && n <= 31) {
                d = n;
                break;
            }
        }
        // encode as year*10000 + month*100 + day, with 0 for an unknown part: comparable part by part
        return y * 10000.0 + (month == null ? 0 : month.getValue()) * 100 + d;
    }
}
