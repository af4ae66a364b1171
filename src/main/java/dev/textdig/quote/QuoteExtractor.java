package dev.textdig.quote;

import dev.textdig.article.Article;
import dev.textdig.article.CodePointCursor;
import dev.textdig.article.Paragraph;
import java.util.ArrayList;
import java.util.List;

/** Finds an article's quotations and who said them: marks, then attribution, then resolution. */
public final class QuoteExtractor {
    private QuoteExtractor() {
    }

    public static List<Quote> extract(Article article) {
        List<Paragraph> content = article.content();
        List<QuoteSpan> spans = QuoteFinder.find(content);
        if (spans.isEmpty()) {
            return List.of(); // no quotation: the article's people and bodies (Entities) are not needed
        }
        Attribution[] attributions = new Attribution[spans.size()];
        java.util.Map<Paragraph, List<QuoteSpan>> byParagraph = new java.util.IdentityHashMap<>();
        for (QuoteSpan s : spans) {
            byParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s);
        }
        java.util.Map<Paragraph, Integer> positions = new java.util.IdentityHashMap<>();
        for (int i = 0; i < content.size(); i++) {
            positions.put(content.get(i), i);
        }
        int inParagraph = 0;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan s = spans.get(i);
            inParagraph = i > 0 && spans.get(i - 1).paragraph() == s.paragraph() ? inParagraph + 1 : 0;
            int at = positions.get(s.paragraph());
            attributions[i] = Attributor.attribute(byParagraph.get(s.paragraph()), inParagraph, at > 0 ? content.get(at - 1).text() : null);
        }
        inherit(spans, attributions);
        for (int i = 0; i < spans.size(); i++) {
            if (isNamed(spans.get(i)) && !":".equals(attributions[i].cue())) {
                attributions[i] = Attribution.NONE; // “Meet the Press”, a “temporary” bridge: nobody said these
            }
        }
        Entities entities = new Entities(content, article.language() == dev.textdig.article.Language.FR);
        SpeakerResolver resolver = new SpeakerResolver(entities);
        List<Quote> quotes = new ArrayList<>(spans.size());
        Paragraph current = null;
        CodePointCursor cursor = null;
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan s = spans.get(i);
            Attribution a = attributions[i];
            int order = entities.orderAt(s.paragraph().number(), Tokens.of(s.paragraph().text().substring(0, s.startIndex())).size());
            String speaker = resolver.resolve(a.mention(), s.paragraph().number(), order);
            String text = s.text();
            Paragraph p = s.paragraph();
            if (p != current) {
                current = p;
                cursor = new CodePointCursor(p.text());
            }
            int start = p.start() + cursor.codePointAt(s.startIndex());
            int end = p.start() + cursor.codePointAt(s.endIndex());
            quotes.add(new Quote(article, p, text, start, end, speaker, a.mention(), a.cue(), kindOf(s)));
        }
        return quotes;
    }

    /**
     * Quotations with no attribution of their own take a neighbour's: the parts of one quotation
     * running over several paragraphs share their speaker; a quotation in the same sentence as an
     * attributed one shares it; a whole-sentence quotation right after an attributed one (in the same
     * or the next paragraph) continues it, as in “A,” she said. “B.”
     */
    private static void inherit(List<QuoteSpan> spans, Attribution[] a) {
        // Run-on groups: find the attributed part, give it to all.
        int i = 0;
        while (i < spans.size()) {
            int j = i;
            while (j + 1 < spans.size() && spans.get(j).runsOn() && spans.get(j + 1).continuation()) {
                j++;
            }
            if (j > i) {
                Attribution found = Attribution.NONE;
                for (int k = j; k >= i; k--) {
                    if (a[k].found()) {
                        found = a[k];
                        break;
                    }
                }
                for (int k = i; k <= j; k++) {
                    if (!a[k].found()) {
                        a[k] = found;
                    }
                }
            }
            i = j + 1;
        }
        for (int k = 1; k < spans.size(); k++) {
            if (!a[k].found() && a[k - 1].found() && sameSentence(spans.get(k - 1), spans.get(k))) {
                a[k] = a[k - 1];
            }
        }
        for (int k = spans.size() - 2; k >= 0; k--) {
            if (!a[k].found() && a[k + 1].found() && sameSentence(spans.get(k), spans.get(k + 1))) {
                a[k] = a[k + 1];
            }
        }
        for (int k = 1; k < spans.size(); k++) {
            QuoteSpan s = spans.get(k);
            QuoteSpan prev = spans.get(k - 1);
            boolean near = s.paragraph().number() - prev.paragraph().number() <= 1;
            if (!a[k].found() && a[k].cue() == null && a[k - 1].found() && near
                    && (kindOf(s) == QuoteKind.FULL || isShortSentence(s, 3)
                        || (s.paragraph() == prev.paragraph() && opensSentence(s) && isShortSentence(s, 2)))) {
                a[k] = new Attribution(a[k - 1].mention(), a[k - 1].cue());
            }
        }
    }

    /**
     * A quoted word or a quoted title rather than a quotation: one word with no verb of saying right
     * before it ("the “temporary” footbridge"), or a short run of capitalised words with no sentence
     * punctuation ("Meet the Press", "The Weekly Roundtable").
     */
    static boolean isNamed(QuoteSpan s) {
        String t = s.text().strip();
        if (t.isEmpty() || s.continuation() || s.runsOn()) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length == 1) {
            String text = s.paragraph().text();
            int sentence = Sentences.start(text, s.before(), List.of(), -1);
            List<String> tokens = Tokens.of(text.substring(Math.max(sentence, s.before() - 120), s.before()));
            // "Clinton called half of his supporters “deplorables”": a word someone used, framed by a verb of saying.
            return tokens.stream().noneMatch(w -> Lexicon.isSpeechVerb(w) || w.equalsIgnoreCase("according") || w.equalsIgnoreCase("selon"));
        }
        if (words.length > 6 || t.matches("(?s).*[.!?,;:]$")) {
            return false;
        }
        for (String w : words) {
            String bare = w.replaceAll("[^\\p{L}]", "");
            if (!bare.isEmpty() && !Character.isUpperCase(bare.codePointAt(0))
                    && !Mentions.isFunctionWord(bare.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return Character.isUpperCase(t.codePointAt(0));
    }

    /** "Promises are cheap.": a short whole sentence, capital to full stop, continues a speech as a long one does. */
    /**
     * A sentence of at least {@code minWords} words: three, or two when it opens a sentence of the
     * paragraph of the quotation it continues ({@code “Trees are still coming down,” Obi said.
     * “Please wait.”}); a short capitalised phrase inside a sentence or alone is more often a
     * title ({@code to fear a “Putin-Ribbentrop Pact.”}).
     */
    private static boolean isShortSentence(QuoteSpan s, int minWords) {
        String t = s.text().strip();
        return t.split("\\s+").length >= minWords && Character.isUpperCase(t.codePointAt(0)) && endsWithStop(s);
    }

    /** Whether nothing but the end of the sentence before stands before the quotation in its paragraph. */
    private static boolean opensSentence(QuoteSpan s) {
        String text = s.paragraph().text();
        int i = s.before() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?\"”»".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean sameSentence(QuoteSpan first, QuoteSpan second) {
        if (first.paragraph() != second.paragraph()) {
            return false;
        }
        String between = first.paragraph().text().substring(Math.min(first.after(), second.before()), second.before());
        return !between.matches("(?s).*[.!?]\\s.*") && !endsWithStop(first);
    }

    private static boolean endsWithStop(QuoteSpan s) {
        String t = s.text();
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    /** A whole sentence starts with a capital (or continues an earlier paragraph's); a phrase does not. */
    static QuoteKind kindOf(QuoteSpan s) {
        String t = s.text();
        int first = t.codePointAt(0);
        boolean capital = Character.isUpperCase(first) || Character.isDigit(first) || t.startsWith("…") || t.startsWith("...");
        boolean sentence = t.split("\\s+").length >= 4;
        return (capital && sentence) || s.continuation() ? QuoteKind.FULL : QuoteKind.PARTIAL;
    }
}
