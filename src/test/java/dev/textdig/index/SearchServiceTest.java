package dev.textdig.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.textdig.article.Article;
import dev.textdig.article.ArticleReader;
import dev.textdig.article.Kind;
import dev.textdig.article.KindSelection;
import dev.textdig.article.Span;
import dev.textdig.testing.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchServiceTest {
    private ParagraphIndex index;
    private SearchService service;

    @BeforeEach
    void build() {
        Article sample = ArticleReader.fromText("sample.txt", Fixtures.text(Fixtures.SAMPLE), null);
        Article page = ArticleReader.fromText("page.txt", Fixtures.text(Fixtures.path("scraped-page.txt")), null);
        index = ParagraphIndex.build(List.of(sample, page));
        service = new SearchService(index);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchResult search(String q) {
        return service.search(new SearchRequest(q, false, KindSelection.CONTENT, 10));
    }

    @Test
    void ranksTheParagraphWithBothWordsFirst() {
        SearchResult r = search("Elysée tenant");
        assertThat(r.hits().get(0).paragraph().line()).isEqualTo(11);
        assertThat(r.hits().get(0).article().file()).isEqualTo("sample.txt");
    }

    @Test
    void matchSpansPointAtTheMatchedWordsInCodePoints() {
        Hit hit = search("\"Elysée tenant\"").hits().get(0);
        String text = hit.paragraph().text();
        int[] cps = text.codePoints().toArray();
        assertThat(hit.matches()).isNotEmpty();
        for (Span s : hit.matches()) {
            assertThat(new String(cps, s.start(), s.end() - s.start())).isIn("Elysée", "tenant", "Elysée tenant");
        }
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        assertThat(search("condemned").hits()).extracting(h -> h.paragraph().line()).contains(15, 21);
    }

    @Test
    void furnitureIsNotSearchedUnlessAsked() {
        assertThat(search("comment AND file:sample.txt").hits()).isEmpty();
        SearchResult all = service.search(new SearchRequest("comment AND file:sample.txt", false, KindSelection.EVERYTHING, 10));
        assertThat(all.hits()).isNotEmpty().allMatch(h -> h.paragraph().kind() == Kind.BOILERPLATE);
    }

    @Test
    void kindFilterAndKindFieldAgree() {
        SearchResult viaField = search("kind:title");
        SearchResult viaFilter = service.search(new SearchRequest("offensive OR ferry", false, KindSelection.of(Set.of(Kind.TITLE), false), 10));
        assertThat(viaField.hits()).extracting(h -> h.paragraph().kind()).containsOnly(Kind.TITLE);
        assertThat(viaField.totalMatches()).isEqualTo(2);
        assertThat(viaFilter.hits()).extracting(h -> h.paragraph().kind()).containsOnly(Kind.TITLE);
    }

    @Test
    void numericFieldsTakeNumbersAndRanges() {
        assertThat(search("line:11").hits()).extracting(h -> h.paragraph().line()).containsOnly(11);
        assertThat(search("paragraph:[2 TO 3] AND file:sample.txt").totalMatches()).isEqualTo(2);
    }

    @Test
    void literalQueriesIgnoreSyntax() {
        SearchResult r = service.search(new SearchRequest("title:( AND \"offensive", true, KindSelection.CONTENT, 10));
        assertThat(r.hits()).isNotEmpty();
    }

    @Test
    void badSyntaxSaysWhere() {
        assertThatThrownBy(() -> search("title:("))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("column 8")
                .hasMessageContaining("unexpected end of query");
        assertThatThrownBy(() -> search("\"unclosed phrase")).isInstanceOf(QuerySyntaxException.class);
        assertThatThrownBy(() -> search("a AND")).isInstanceOf(QuerySyntaxException.class);
        assertThatThrownBy(() -> search("line:abc")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("takes a number");
    }

    @Test
    void limitCapsTheHitsButNotTheTotal() {
        SearchResult r = service.search(new SearchRequest("Azerbaijan", false, KindSelection.CONTENT, 2));
        assertThat(r.hits()).hasSize(2);
        assertThat(r.totalMatches()).isGreaterThan(2);
        assertThat(r.hits().get(0).score()).isGreaterThanOrEqualTo(r.hits().get(1).score());
    }

    @Test
    void countsPerArticle() {
        long[] counts = service.countPerArticle(new SearchRequest("ferry", false, KindSelection.CONTENT, 10));
        assertThat(counts).containsExactly(0, 3);
    }

    @Test
    void onlyQueriesThatSearchTheQuotationFieldsNeedThem() {
        assertThat(searchesQuotations("speaker:macron")).isTrue();
        assertThat(searchesQuotations("offensive -speaker:baku")).isTrue();
        assertThat(searchesQuotations("(ferry OR quote:dawn) AND kind:body")).isTrue();
        assertThat(searchesQuotations("\"speaker: macron\"")).isFalse();
        assertThat(searchesQuotations("offensive AND kind:title")).isFalse();
    }

    private static boolean searchesQuotations(String query) {
        java.util.Set<dev.textdig.article.Language> en = java.util.EnumSet.of(dev.textdig.article.Language.EN);
        try (org.apache.lucene.analysis.Analyzer analyzer = Analyzers.perField(en)) {
            return QueryFactory.searchesQuotations(new QueryFactory(analyzer, en).parse(query));
        }
    }

    @Test
    void aBadTokenIsQuotedOnOneLineAndShort() {
        assertThatThrownBy(() -> search("0[` z\n\n\n]"))
                .hasMessage("query does not parse at column 5: unexpected 'z' (quote it, or use --literal)");
        assertThatThrownBy(() -> search("[a TO b " + "c".repeat(100) + "]"))
                .hasMessage("query does not parse at column 9: unexpected '" + "c".repeat(30) + "…' (quote it, or use --literal)");
    }

    /** Each kind of syntax error, with the 1-based column and what went wrong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "(              | column 2: unexpected end of query",
        "a)             | column 2: unexpected ')'",
        "AND a          | column 1: unexpected 'AND'",
        "a AND          | column 6: unexpected end of query",
        "a:b:c          | column 4: unexpected ':'",
        "[a TO b TO c]  | column 9: unexpected 'TO'",
        "`\"unclosed`  | column 10: a phrase is not closed",
        "/unclosed      | column 10: a regular expression is not closed",
        "a^x            | column 4: a boost (^) takes a number",
        "`a \\`       | column 4: a backslash escapes nothing at the end",
        "kind:titel     | field kind takes title, lead, heading, body, meta or boilerplate, not 'titel'",
        "line:[1 TO x]  | field line takes a number, not 'x'",
    })
    void everyKindOfSyntaxErrorSaysWhatAndWhere(String query, String expected) {
        assertThatThrownBy(() -> search(query))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining(expected)
                .hasMessageNotContaining("\n");
    }

    @Test
    void groupsNestedPastAHundredLevelsAreRefusedBeforeTheParserRecursesThatDeep() {
        String deep = "(".repeat(50_000) + "offensive" + ")".repeat(50_000);
        assertThatThrownBy(() -> search(deep)).isInstanceOf(QuerySyntaxException.class)
                .hasMessage("query nests groups deeper than 100 levels");
        assertThat(search("(".repeat(100) + "offensive" + ")".repeat(100)).hits()).isNotEmpty();
        assertThat(search("\\(".repeat(500) + "offensive").totalMatches()).isPositive(); // escaped: not groups
    }
}
