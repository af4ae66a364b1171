package dev.textdig.keyword;

import dev.textdig.article.Article;
import dev.textdig.index.ParagraphTerms;
import dev.textdig.index.ParagraphTerms.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Counts the words and phrases of articles from their analysed words ({@link ParagraphTerms}), and picks
 * the ones the text is about.
 *
 * <p>Words joined by a hyphen with no space ({@code Nagorno-Karabakh}) count as one word. A phrase
 * is a run of up to {@code maxWords} words with nothing but spaces between them: no stopword (the
 * analyzer leaves a gap where one stood) and no punctuation. A phrase is listed when it occurs at
 * least twice; its words then count only their occurrences outside it, so {@code Emmanuel Macron}
 * does not bring {@code Macron} along unless Macron also appears alone.
 */
public final class KeywordExtractor {
    private KeywordExtractor() {
    }

    /** The keywords of the articles as one list, best first; {@code file} names each result, or null. */
    public static List<Keyword> extract(List<Article> articles, KeywordOptions options, String file) {
        Map<String, Candidate> candidates = new HashMap<>();
        int[] totals = new int[1];
        ParagraphTerms.forEach(articles, options.kinds(), options.stem(), options.stopwords(),
                (entry, tokens) -> collect(entry, tokens, options, candidates, totals));
        int totalWords = Math.max(1, totals[0]);
        for (Candidate c : candidates.values()) {
            c.firstSeen = c.firstSeen / totalWords;
        }
        List<Candidate> chosen = choose(candidates, options);
        if (options.rank()) {
            chosen = Places.fold(chosen);
            chosen.removeIf(c -> Noise.isNoise(c.surface()));
        }
        List<Keyword> out = new ArrayList<>();
        for (Candidate c : chosen) {
            Double score = options.rank() ? Ranker.score(c) : null;
            out.add(new Keyword(c.surface(), c.count, c.paragraphs.size(), (double) c.count / totalWords, score, file));
        }
        Comparator<Keyword> order = options.rank()
                ? Comparator.comparing(Keyword::score).reversed()
                : Comparator.comparingInt(Keyword::count).reversed().thenComparing(Comparator.comparingInt(Keyword::paragraphs).reversed());
        out.sort(order.thenComparing(Keyword::term, String.CASE_INSENSITIVE_ORDER));
        return out.size() > options.limit() ? List.copyOf(out.subList(0, options.limit())) : out;
    }

    /** A word or a hyphenated compound, with its key (analysed terms joined) and place in the text. */
    private record Unit(String key, int firstPosition, int lastPosition, int start, int end) {
    }

    private static void collect(ParagraphTerms.Entry entry, List<Token> tokens, KeywordOptions options,
                                Map<String, Candidate> candidates, int[] totals) {
        String text = entry.paragraph().text();
        List<Unit> units = units(tokens, text);
        int base = totals[0];
        // Identifies the paragraph across articles (identity hashes may collide).
        long paragraphKey = ((long) entry.article() << 32) | entry.paragraph().number();
        totals[0] += units.size();
        for (int i = 0; i < units.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int n = 1; n <= options.maxWords() && i + n <= units.size(); n++) {
                Unit last = units.get(i + n - 1);
                if (n > 1) {
                    Unit previous = units.get(i + n - 2);
                    boolean adjacent = last.firstPosition() == previous.lastPosition() + 1
                            && isBlank(text, previous.end(), last.start());
                    if (!adjacent) {
                        break;
                    }
                    key.append(' ');
                }
                key.append(last.key());
                if (n < options.minWords() || !hasLetter(text, units.get(i).start(), last.end())) {
                    continue;
                }
                String surface = withoutPossessive(oneSpaced(text.substring(units.get(i).start(), last.end())));
                int words = n;
                Candidate c = candidates.computeIfAbsent(key.toString(), k -> new Candidate(k, words));
                c.count++;
                c.paragraphs.add(paragraphKey);
                c.addForm(surface);
                c.firstSeen = Math.min(c.firstSeen, base + i);
            }
        }
    }

    /** {@code nation's} is shown as {@code nation}: the analyzer already counts both as one term. */
    static String withoutPossessive(String surface) {
        int n = surface.length();
        if (n > 3 && (surface.endsWith("'s") || surface.endsWith("’s") || surface.endsWith("'S") || surface.endsWith("’S"))
                && Character.isLetter(surface.charAt(n - 3))) {
            return surface.substring(0, n - 2);
        }
        return surface;
    }

    /** {@code text.substring(start, end).isBlank()}, without the substring. */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Each run of white space as one space, as {@code s.replaceAll("\\s+", " ")} gives, without
     * compiling that expression for each of the phrases of each word (a third of the keyword time
     * on prose; docs/reliability.md, time against shape), and only when there is a run to replace.
     */
    static String oneSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || (c == ' ' && i > 0 && s.charAt(i - 1) == ' ')) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** Tokens joined by a bare hyphen become one unit: Nagorno-Karabakh, anti-Azerbaijani. */
    private static List<Unit> units(List<Token> tokens, String text) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            StringBuilder key = new StringBuilder(first.term());
            Token last = first;
            int j = i + 1;
            while (j < tokens.size()) {
                Token next = tokens.get(j);
                // Only a hyphen between them (no substring made for each pair of words).
                boolean hyphen = next.start() == last.end() + 1 && (text.charAt(last.end()) == '-' || text.charAt(last.end()) == '‑');
                if (next.position() != last.position() + 1 || !hyphen) {
                    break;
                }
                key.append('-').append(next.term());
                last = next;
                j++;
            }
            units.add(new Unit(key.toString(), first.position(), last.position(), first.start(), last.end()));
            i = j;
        }
        return units;
    }

    /**
     * The candidates that make the list: phrases (longest first) that occur at least twice, then every
     * term whose occurrences outside the chosen phrases still reach the minimum count.
     */
    private static List<Candidate> choose(Map<String, Candidate> candidates, KeywordOptions options) {
        List<Candidate> all = new ArrayList<>(candidates.values());
        all.sort(Comparator.comparingInt((Candidate c) -> c.words).reversed()
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.count).reversed()));
        // Each chosen phrase under every shorter run of its words, once per occurrence, so a
        // candidate finds the phrases holding it without looking at all of them.
        Map<String, List<Candidate>> holders = new HashMap<>();
        List<Candidate> chosen = new ArrayList<>();
        int minCount = Math.max(1, options.minCount());
        for (Candidate c : all) {
            c.free = c.count;
            for (Candidate p : holders.getOrDefault(c.key, List.of())) {
                c.free -= p.free;
            }
            int needed = c.words > 1 ? Math.max(2, minCount) : minCount;
            if (c.free >= needed && c.count >= minCount) {
                chosen.add(c);
                if (c.words > 1) {
                    for (String run : shorterRuns(c.key)) {
                        holders.computeIfAbsent(run, k -> new ArrayList<>()).add(c);
                    }
                }
            }
        }
        return chosen;
    }

    /** Every run of fewer words than the whole key, one entry per place it starts. */
    private static List<String> shorterRuns(String key) {
        String[] words = key.split(" ");
        List<String> runs = new ArrayList<>();
        for (int length = 1; length < words.length; length++) {
            for (int start = 0; start + length <= words.length; start++) {
                runs.add(String.join(" ", Arrays.asList(words).subList(start, start + length)));
            }
        }
        return runs;
    }
}
