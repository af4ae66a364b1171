package dev.textdig.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The char tests of the per-token forms give what the regular expressions they replaced gave
 * (those compiled a pattern for every token): on tokens made of the characters that matter to
 * them (apostrophes, particles, capitals, line breaks, a letter outside the BMP).
 */
class TokenFormsTest {
    private static final Pattern ELISION = Pattern.compile("^(?:[lLdDjJnNsStTmMcC]|[qQ]u|[lL]orsqu|[pP]uisqu)[’'](?=\\p{L})");
    private static final Pattern PARTICLE_NAME = Pattern.compile("^(d|l|de|da|di|du|del|van|von|al|el|bin|ibn)[’'\\-]?\\p{Lu}.*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    @Provide
    Arbitrary<String> tokens() {
        Arbitrary<String> pieces = Arbitraries.of("l", "L", "d", "qu", "Qu", "lorsqu", "Puisqu", "de", "van", "al", "ibn",
                "’", "'", "-", "s", "S", "A", "É", "é", "x", ".", "\n", "\r", "\u2028", "1", " ", "\uD835\uDC00");
        return pieces.list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void withoutPossessiveIsTheRegex(@ForAll("tokens") String token) {
        assertThat(TokenForms.withoutPossessive(token)).isEqualTo(token.replaceAll("[’']s?$", ""));
        assertThat(TokenForms.endsPossessive(token)).isEqualTo(token.matches(".*[’']s?$"));
    }

    @Property(tries = 3000)
    void elisionIsTheRegex(@ForAll("tokens") String token) {
        assertThat(TokenForms.elided(token)).isEqualTo(ELISION.matcher(token).replaceFirst(""));
        assertThat(TokenForms.isElided(token)).isEqualTo(ELISION.matcher(token).find());
    }

    @Property(tries = 3000)
    void nameLikeIsTheRegex(@ForAll("tokens") String token) {
        assertThat(Mentions.nameLike(token)).isEqualTo(Tokens.isCapitalised(token) || PARTICLE_NAME.matcher(token).matches());
        assertThat(Entities.isInitial(token)).isEqualTo(INITIAL.matcher(token).matches());
    }
}
