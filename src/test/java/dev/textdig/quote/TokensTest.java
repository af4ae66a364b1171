package dev.textdig.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Tokens walks the chars as the pattern it replaced matched them: the same tokens, in the same order. */
class TokensTest {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}\\.(?:\\p{L}\\.)+|[\\p{L}\\p{N}]+(?:[’'\\-.][\\p{L}\\p{N}]+)*(?:’s|'s|’|')?|[^\\s\\u00A0\\u2007\\u2009\\u202F]");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(mr|mrs|ms|dr|gov|sen|rep|gen|st|jr|sr|lt|col|sgt|rev|m|del|atty|supt|capt|cmdr|adm|prof|pres|amb|hon)|\\p{Lu}");

    /** The tokenizer as it was, with the pattern. */
    private static List<String> byPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (t.equals(".") && !out.isEmpty() && ABBREVIATION.matcher(out.get(out.size() - 1)).matches()
                    && m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ".");
                continue;
            }
            out.add(t);
        }
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("U", "S", "a", "b", "s", "Mr", "é", "l", "1", "²", "Ⅻ", ".", "’", "'", "-",
                ",", "“", " ", "\u00A0", "\u202F", "\n", "\t", "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "’s", "'s");
        return pieces.list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property(tries = 5000)
    void theSameTokensAsThePattern(@ForAll("texts") String text) {
        assertThat(Tokens.of(text)).isEqualTo(byPattern(text));
    }

    @Test
    void newsSentences() {
        for (String s : List.of("“We’re not done,” Mr. Smith told the U.S. Senate’s a-t-il panel on Jan. 5.",
                "L’entraîneur d’Orsay, 67 ans, a dit : « non » à 3,5 % des élèves' parents'.", "F.B.I. agents; U.S.A. 9/11 ...")) {
            assertThat(Tokens.of(s)).isEqualTo(byPattern(s));
        }
    }
}
