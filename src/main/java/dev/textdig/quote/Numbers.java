package dev.textdig.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The numbers in a text and their values, written in digits ({@code 3}, {@code 1,500}, {@code 2.5})
 * or in English or French words ({@code three}, {@code twenty-five}, {@code quatre-vingt-dix},
 * {@code trois millions}), so that {@code 3} and {@code three} are the same number and {@code 3}
 * and {@code 4} are not.
 */
final class Numbers {
    /** A number, its value, and the words {@code [from, to)} that write it. */
    record Found(BigDecimal value, int from, int to) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("zéro", 0), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("sept", 7), Map.entry("huit", 8),
            Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13),
            Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16));
    private static final Map<String, Integer> TENS = Map.ofEntries(
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("vingt", 20), Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
            Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("septante", 70), Map.entry("huitante", 80),
            Map.entry("octante", 80), Map.entry("nonante", 90));
    private static final Map<String, Integer> HUNDREDS = Map.of("hundred", 100, "cent", 100, "cents", 100);
    private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "mille", 1_000L, "million", 1_000_000L,
            "millions", 1_000_000L, "billion", 1_000_000_000L, "billions", 1_000_000_000L, "milliard", 1_000_000_000L,
            "milliards", 1_000_000_000L);
    /** Words that join two number words: {@code one hundred and five}, {@code vingt et un}. */
    private static final Set<String> JOINERS = Set.of("and", "et");
    /** Alone, these are articles ({@code a}, {@code une fatalité}), not numbers. */
    private static final Set<String> ARTICLES = Set.of("one", "un", "une");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern THOUSANDS_GROUP = Pattern.compile("\\d{3}");

    private Numbers() {
    }

    /** The value of one word that is a number by itself ({@code 3}, {@code three}, {@code vingt-cinq}), or null. */
    static String valueOfWord(String key) {
        List<Found> found = in(List.of(new TextWord(key, key, 0, key.length(), "", true)));
        return found.isEmpty() ? null : found.get(0).value().toPlainString();
    }

    static List<Found> in(List<TextWord> words) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int next = DIGITS.matcher(words.get(i).key()).matches() ? digits(words, i, out) : spelled(words, i, out);
            i = Math.max(next, i + 1);
        }
        return out;
    }

    /** {@code 3}, {@code 1,500}, {@code 1 500}, {@code 2,5} (a French decimal), {@code 3 million}. */
    private static int digits(List<TextWord> words, int from, List<Found> out) {
        String number = words.get(from).key();
        int i = from + 1;
        while (i < words.size() && THOUSANDS_GROUP.matcher(words.get(i).key()).matches() && !number.contains(".")
                && isThousandsSeparator(words.get(i).gap())) {
            number += words.get(i).key();
            i++;
        }
        if (i == from + 1 && i < words.size() && words.get(i).gap().equals(",") && DIGITS.matcher(words.get(i).key()).matches()
                && !words.get(i).key().contains(".")) {
            number += "." + words.get(i).key();
            i++;
        }
        BigDecimal value = new BigDecimal(number);
        while (i < words.size() && SCALES.containsKey(words.get(i).key())) {
            value = value.multiply(BigDecimal.valueOf(SCALES.get(words.get(i).key())));
            i++;
        }
        out.add(new Found(normal(value), from, i));
        return i;
    }

    private static boolean isThousandsSeparator(String gap) {
        return gap.equals(",") || gap.equals(" ") || gap.equals("\u00a0") || gap.equals("\u202f");
    }

    /** Number words, English or French, with hyphens and joiners: {@code two hundred and five}, {@code quatre-vingt-dix}. */
    private static int spelled(List<TextWord> words, int from, List<Found> out) {
        long total = 0;
        long current = 0;
        int parts = 0;
        int end = from;
        boolean lastWasUnit = false;
        int i = from;
        while (i < words.size()) {
            String key = words.get(i).key();
            if (i > from && JOINERS.contains(key)) {
                if (i + 1 < words.size() && parts > 0 && isNumberWord(words.get(i + 1).key())) {
                    i++;
                    continue;
                }
                break;
            }
            if (!isNumberWord(key)) {
                break;
            }
            for (String part : key.split("-")) {
                if (part.equals("et") || part.equals("and")) {
                    continue;
                }
                if (UNITS.containsKey(part)) {
                    current += UNITS.get(part);
                    lastWasUnit = true;
                } else if (TENS.containsKey(part)) {
                    // quatre-vingts is four twenties.
                    current = lastWasUnit && current > 1 && current < 10 && TENS.get(part) == 20 ? current * 20 : current + TENS.get(part);
                    lastWasUnit = false;
                } else if (HUNDREDS.containsKey(part)) {
                    current = Math.max(current, 1) * 100;
                    lastWasUnit = false;
                } else {
                    total += Math.max(current, 1) * SCALES.get(part);
                    current = 0;
                    lastWasUnit = false;
                }
                parts++;
            }
            i++;
            end = i;
        }
        if (parts == 0) {
            return from + 1;
        }
        if (parts == 1 && ARTICLES.contains(words.get(from).key())) {
            return end;
        }
        out.add(new Found(normal(BigDecimal.valueOf(total + current)), from, end));
        return end;
    }

    /** Every hyphen-separated part of the word is a number word: {@code twenty-five}, {@code dix-sept}. */
    private static boolean isNumberWord(String key) {
        for (String part : key.split("-")) {
            if (!(UNITS.containsKey(part) || TENS.containsKey(part) || HUNDREDS.containsKey(part) || SCALES.containsKey(part)
                    || part.equals("et"))) {
                return false;
            }
        }
        return !key.isEmpty() && !key.equals("et");
    }

    private static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
