package dev.textdig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Language;
import dev.textdig.article.Stopwords;
import dev.textdig.testing.Cli;
import dev.textdig.testing.Cli.Run;
import dev.textdig.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run that mixes English and French articles analyses each in its own language: what one finds
 * alone it finds beside the other, whichever comes first and whichever language has more articles.
 */
class MixedLanguageTest {
    private static final String FR = Fixtures.path("strike-fr.txt").toString();
    private static final String EN = Fixtures.path("library-en.txt").toString();

    /** Both orders, and each language once in the majority (the run used to take the majority's analyzer). */
    static Stream<List<String>> mixes() {
        return Stream.of(List.of(FR, EN), List.of(EN, FR), List.of(FR, EN, EN), List.of(EN, FR, FR), List.of(EN, EN, FR));
    }

    @ParameterizedTest
    @MethodSource("mixes")
    void aFrenchWordFindsTheFrenchParagraphWhateverElseIsInTheRun(List<String> files) {
        // "syndical" meets "syndicale" only through the French stemmer (English stems them apart).
        Run r = run(files, "search", "--format", "tsv", "-c", "syndical");
        assertThat(r.status()).isZero();
        assertThat(countsPerFile(r)).containsExactlyElementsOf(files.stream().map(f -> f.equals(FR) ? 1L : 0L).toList());
    }

    @ParameterizedTest
    @MethodSource("mixes")
    void aStemmedEnglishQueryFindsTheEnglishArticle(List<String> files) {
        // "condemnation" meets "condemned" only through the English stemmer: title, lead and the quotation.
        Run r = run(files, "search", "--format", "tsv", "-c", "condemnation");
        assertThat(r.status()).isZero();
        assertThat(countsPerFile(r)).containsExactlyElementsOf(files.stream().map(f -> f.equals(EN) ? 3L : 0L).toList());
    }

    @Test
    void eachMatchIsMarkedInItsOwnLanguage() {
        Run r = Cli.run("search", "--format", "tsv", "syndical OR condemnation", FR, EN);
        assertThat(r.status()).isZero();
        List<String> marked = new ArrayList<>();
        for (String line : Arrays.copyOfRange(r.lines(), 1, r.lines().length)) {
            String[] f = line.split("\t");
            for (String span : f[9].split(",")) {
                String[] ends = span.split("-");
                marked.add(f[2] + " " + codePoints(f[10], Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
            }
        }
        assertThat(marked).containsOnly(FR + " syndicale", EN + " condemned").contains(FR + " syndicale", EN + " condemned");
    }

    @Test
    void eachArticleScoresAsInARunOfItsLanguageAlone() {
        // BM25 per language: a French article beside an English one changes no English score, and back.
        assertThat(scores(Cli.run("search", "--format", "tsv", "condemnation OR library", EN, FR)))
                .isEqualTo(scores(Cli.run("search", "--format", "tsv", "condemnation OR library", EN)));
        assertThat(scores(Cli.run("search", "--format", "tsv", "ouvriers OR syndical", EN, FR)))
                .isEqualTo(scores(Cli.run("search", "--format", "tsv", "ouvriers OR syndical", FR)));
    }

    @ParameterizedTest
    @MethodSource("mixes")
    void queryFieldsWorkInEachLanguage(List<String> files) {
        // "usine" finds "l’usine" only through French elision.
        assertThat(hits(run(files, "search", "--format", "tsv", "kind:title AND (usine OR condemnation)")))
                .containsOnly(FR + ":1", EN + ":1").hasSize(files.size());
        assertThat(hits(run(files, "search", "--format", "tsv", "speaker:martine AND quote:usine"))).containsOnly(FR + ":5");
        assertThat(hits(run(files, "search", "--format", "tsv", "speaker:marsh AND quote:condemnation"))).containsOnly(EN + ":5");
        assertThat(countsPerFile(run(files, "search", "--format", "tsv", "-c", "language:FR")))
                .containsExactlyElementsOf(files.stream().map(f -> f.equals(FR) ? 5L : 0L).toList());
    }

    @ParameterizedTest
    @MethodSource("mixes")
    void quotationQueriesAreAnalysedInEachQuotationsLanguage(List<String> files) {
        assertThat(quoteFiles(run(files, "quotes", "--format", "tsv", "--query", "usine"))).containsExactlyElementsOf(only(files, FR));
        assertThat(quoteFiles(run(files, "quotes", "--format", "tsv", "--query", "condemnation"))).containsExactlyElementsOf(only(files, EN));
        assertThat(quoteFiles(run(files, "quotes", "--format", "tsv", "--query", "usine OR condemnation", "--speaker", "marsh")))
                .containsExactlyElementsOf(only(files, EN));
    }

    @ParameterizedTest
    @MethodSource("mixes")
    void aMixedListHasNoStopwordOfEitherLanguage(List<String> files) {
        Run r = run(files, "keywords", "--format", "tsv", "-n", "100");
        List<String> terms = terms(r);
        assertThat(terms).contains("fonderie", "library", "condemned").doesNotContain("de", "le", "la", "les", "the");
        // Each article counted as alone, once per time it is given: 4 "fonderie", 6 "library".
        long french = files.stream().filter(FR::equals).count();
        long english = files.stream().filter(EN::equals).count();
        assertThat(r.out()).contains("\nfonderie\t" + 4 * french + "\t" + 4 * french + "\t",
                "\nlibrary\t" + 6 * english + "\t" + 5 * english + "\t");
        assertThat(words(terms)).noneMatch(w -> Stopwords.isStopword(w, Language.FR) || Stopwords.isStopword(w, Language.EN));
    }

    @Test
    void perFileListsKeepEachLanguagesStopwordsOut() {
        Run r = Cli.run("keywords", "--format", "tsv", "--per-file", "-n", "100", EN, FR);
        List<String> french = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (String line : Arrays.copyOfRange(r.lines(), 1, r.lines().length)) {
            String[] f = line.split("\t");
            (f[5].equals(FR) ? french : english).add(f[0]);
        }
        assertThat(french).contains("fonderie").doesNotContain("de", "la", "les");
        assertThat(english).contains("library").doesNotContain("the", "of", "to");
        assertThat(words(french)).noneMatch(w -> Stopwords.isStopword(w, Language.FR));
        assertThat(words(english)).noneMatch(w -> Stopwords.isStopword(w, Language.EN));
    }

    private static Run run(List<String> files, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(files);
        return Cli.run(all.toArray(String[]::new));
    }

    private static List<Long> countsPerFile(Run r) {
        return Arrays.stream(r.lines()).skip(1).map(l -> Long.parseLong(l.split("\t")[1])).toList();
    }

    /** {@code file:line} of each match. */
    private static List<String> hits(Run r) {
        return Arrays.stream(r.lines()).skip(1).map(l -> l.split("\t")).map(f -> f[2] + ":" + f[4]).toList();
    }

    /** {@code file:line score} of each match, in rank order. */
    private static List<String> scores(Run r) {
        return Arrays.stream(r.lines()).skip(1).map(l -> l.split("\t")).map(f -> f[2] + ":" + f[4] + " " + f[6]).toList();
    }

    private static List<String> quoteFiles(Run r) {
        return Arrays.stream(r.lines()).skip(1).map(l -> l.split("\t")[0]).toList();
    }

    private static List<String> terms(Run r) {
        return Arrays.stream(r.lines()).skip(1).map(l -> l.split("\t")[0]).toList();
    }

    private static List<String> words(List<String> terms) {
        return terms.stream().flatMap(t -> Arrays.stream(t.split(" "))).toList();
    }

    private static List<String> only(List<String> files, String wanted) {
        return files.stream().filter(wanted::equals).toList();
    }

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
