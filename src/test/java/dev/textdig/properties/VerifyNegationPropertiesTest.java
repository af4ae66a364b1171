package dev.textdig.properties;

import dev.textdig.testing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.textdig.article.Language;
import dev.textdig.article.Stopwords;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A genuine quotation with its negation deleted is never confirmed: whatever the words around it,
 * {@code quotes --verify} never answers exact or close, never status 0.
 */
class VerifyNegationPropertiesTest {
    /** A negated phrase around a word ({@code %s}) and the same phrase with the negation deleted. */
    record Negation(String negated, String deleted) {
    }

    private static final List<Negation> NEGATIONS = List.of(
            new Negation("not %s", "%s"), new Negation("never %s", "%s"), new Negation("no %s", "%s"),
            new Negation("nothing %s", "%s"), new Negation("without %s", "%s"), new Negation("nobody %s", "%s"),
            new Negation("don't %s", "do %s"), new Negation("won’t %s", "will %s"), new Negation("isn't %s", "is %s"),
            new Negation("cannot %s", "can %s"), new Negation("neither %s nor", "%s"),
            new Negation("ne %s pas", "%s"), new Negation("n'est pas %s", "est %s"), new Negation("n’a jamais %s", "a %s"),
            new Negation("ne %s plus", "%s"), new Negation("ne %s rien", "%s"), new Negation("sans %s", "%s"),
            new Negation("non %s", "%s"), new Negation("n'y a aucun %s", "y a un %s"));
    /** The negation words above: a generated word must not be one. */
    private static final Set<String> NEGATION_WORDS = Set.of("not", "never", "none", "nothing", "nobody", "nor", "neither",
            "without", "cannot", "sans", "non", "rien", "jamais", "plus", "pas", "aucun", "aucune", "personne", "nowhere");

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> content = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(9)
                .filter(w -> !Stopwords.isStopword(w, Language.EN) && !Stopwords.isStopword(w, Language.FR)
                        && !NEGATION_WORDS.contains(w));
        Arbitrary<String> function = Arbitraries.of("the", "we", "they", "that", "and", "of", "la", "les", "que", "de", "nous");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, content), net.jqwik.api.Tuple.of(2, function));
    }

    @Provide
    Arbitrary<String[]> quotationAndClaim() {
        Arbitrary<List<String>> before = words().list().ofMinSize(0).ofMaxSize(8);
        Arbitrary<List<String>> after = words().list().ofMinSize(0).ofMaxSize(8);
        return Combinators.combine(before, Arbitraries.of(NEGATIONS), words(), after).as((b, n, w, a) -> {
            String left = b.isEmpty() ? "" : String.join(" ", b) + " ";
            String right = a.isEmpty() ? "" : " " + String.join(" ", a);
            return new String[] {left + n.negated().formatted(w) + right, left + n.deleted().formatted(w) + right};
        });
    }

    @Property(tries = 300)
    void deletingANegationNeverConfirmsTheClaim(@ForAll("quotationAndClaim") String[] quotationAndClaim) {
        String article = "Council meeting\n\n“" + quotationAndClaim[0] + ",” said Jane Smith.\n";
        Cli.Run run = Cli.withStdin(article, "quotes", "--verify", quotationAndClaim[1], "--format", "jsonl", "-");
        String result = run.out();
        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(result).doesNotContain("\"verdict\":\"exact\"", "\"verdict\":\"close\"");
    }
}
