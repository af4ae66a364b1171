package dev.textdig.index;

import dev.textdig.article.Kind;
import dev.textdig.article.Language;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what the user typed into a Lucene query: classic syntax, or plain words with {@code --literal}.
 *
 * <p>Text and quotations have a field per language ({@link Fields#text}). The query is read once per
 * language of the run, with that language's analyzer on that language's fields, and each reading is
 * kept to the paragraphs of its language; a paragraph so matches (and scores by) exactly one reading,
 * its own. A run in one language gets its one reading as is.
 */
public final class QueryFactory {
    private static final Set<String> INT_FIELDS = Set.of(Fields.PARAGRAPH, Fields.LINE);
    /** The fields a query may name, in the order an error lists them. */
    private static final java.util.List<String> QUERY_FIELDS = java.util.List.of(Fields.TEXT, Fields.KIND, Fields.FILE,
            Fields.PARAGRAPH, Fields.LINE, Fields.LANGUAGE, Fields.SPEAKER, Fields.QUOTE);
    /**
     * The largest boost. Past it a score overflows a float (2e38 made the hit vanish from the list
     * while {@code -c} counted it) or loses its decimals in JSON; no ranking needs more.
     */
    static final float MAX_BOOST = 1_000_000f;
    /** Deeper than any query a person writes; far short of what would exhaust the parser's stack. */
    private static final int MAX_NESTING = 100;
    private final Analyzer analyzer;
    private final Set<Language> languages;
    /** Read over quotation documents (their words are the text) rather than paragraphs. */
    private final boolean quotations;

    /**
     * @param analyzer  every field's analyzer ({@link Analyzers#perField}) for these languages
     * @param languages the languages of the run's documents
     */
    QueryFactory(Analyzer analyzer, Set<Language> languages) {
        this(analyzer, languages, false);
    }

    /**
     * @param quotations read the query over the quotation documents: {@code text} is a quotation's
     *                   words, {@code speaker} its speaker and mention
     */
    QueryFactory(Analyzer analyzer, Set<Language> languages, boolean quotations) {
        this.analyzer = analyzer;
        this.languages = languages.isEmpty() ? EnumSet.of(Language.EN) : EnumSet.copyOf(languages);
        this.quotations = quotations;
    }

    /** A query that each language reads on its own fields. */
    @FunctionalInterface
    private interface Reading {
        Query in(Language language) throws ParseException;
    }

    /** Each language's reading, kept to that language's documents; null where a reading has no words. */
    private Query inEveryLanguage(Reading reading) throws ParseException {
        if (languages.size() == 1) {
            return reading.in(languages.iterator().next());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (Language language : languages) {
            Query q = reading.in(language);
            if (q != null) {
                any.add(new BooleanQuery.Builder()
                        .add(q, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(quotations ? Fields.QUOTATION_LANGUAGE : Fields.LANGUAGE, language.code())),
                                BooleanClause.Occur.FILTER)
                        .build(), BooleanClause.Occur.SHOULD);
                some = true;
            }
        }
        return some ? any.build() : null;
    }

    /** Lucene's classic query syntax over {@code text}; numeric fields take numbers and ranges. */
    public Query parse(String query) {
        if (query.isBlank()) {
            throw new QuerySyntaxException("empty query");
        }
        if (nesting(query) > MAX_NESTING) {
            throw new QuerySyntaxException("query nests groups deeper than " + MAX_NESTING + " levels");
        }
        try {
            return checkBoosts(inEveryLanguage(language -> {
                LanguageParser parser = new LanguageParser(analyzer, language, quotations);
                parser.setAllowLeadingWildcard(true);
                parser.setSplitOnWhitespace(true);
                // A hyphenated word is its words in a row or joined (cease-fire: "cease fire" or ceasefire), not both anywhere.
                parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
                Query parsed = parser.parse(query);
                if (parser.unknownField != null) {
                    throw new QuerySyntaxException("query does not parse: unknown field '" + shown(parser.unknownField) + "'"
                            + didYouMean(parser.unknownField), "fields: " + String.join(", ", QUERY_FIELDS), true);
                }
                return parsed;
            }));
        } catch (ParseException e) {
            if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
                throw tooManyTerms();
            }
            throw new QuerySyntaxException(describe(query, e), null, true);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms();
        } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new QuerySyntaxException("query is too complex to run (a regular expression or wildcard that explodes)");
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("query cannot run: " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new QuerySyntaxException("query is nested too deeply to parse");
        }
    }

    /** Refuses a boost past {@link #MAX_BOOST}, anywhere in the query. */
    private static Query checkBoosts(Query q) {
        if (q instanceof org.apache.lucene.search.BoostQuery b) {
            if (!(b.getBoost() <= MAX_BOOST)) {
                throw new QuerySyntaxException("a boost (^) must be a number from 0 to " + (long) MAX_BOOST + ", not "
                        + String.format(java.util.Locale.ROOT, "%.3g", b.getBoost()));
            }
            checkBoosts(b.getQuery());
        } else if (q instanceof BooleanQuery bq) {
            for (BooleanClause c : bq.clauses()) {
                checkBoosts(c.query());
            }
        }
        return q;
    }

    /** How deep the query's parentheses go (the parser recurses once a level). */
    private static int nesting(String query) {
        int depth = 0;
        int max = 0;
        boolean escaped = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '(') {
                max = Math.max(max, ++depth);
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }

    /**
     * Whether a parsed query searches the quotation fields of paragraphs ({@code speaker:},
     * {@code quote:}), which the index then needs. Asked of the parsed query rather than the string,
     * so {@code "speaker: x"} in quotes does not count.
     */
    static boolean searchesQuotations(Query query) {
        boolean[] found = new boolean[1];
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                found[0] |= field.equals(Fields.SPEAKER) || field.startsWith(Fields.QUOTE + "_");
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this; // -speaker:x needs the field too
            }
        });
        return found[0];
    }

    private static QuerySyntaxException tooManyTerms() {
        return new QuerySyntaxException("query has too many terms (at most " + IndexSearcher.getMaxClauseCount() + ")");
    }

    /** The words of the text, any of which may match (ranked by BM25); no syntax at all. */
    public Query literal(String text) {
        QueryBuilder builder = new PlainWords(analyzer);
        try {
            Query q = inEveryLanguage(language -> builder.createBooleanQuery(Fields.text(language), text, BooleanClause.Occur.SHOULD));
            // Stopwords only: the empty query the parser gives too, which wordless() recognises.
            return q == null ? new BooleanQuery.Builder().build() : q;
        } catch (ParseException e) {
            throw new IllegalStateException(e); // plain words never fail to parse
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query has too many words (at most " + IndexSearcher.getMaxClauseCount() + ")");
        }
    }

    /**
     * Plain words, each its own clause, as a bag of words takes them: a hyphenated word is its
     * parts (cease-fire: cease, fire), as any other run of words is, not a phrase.
     */
    private static final class PlainWords extends QueryBuilder {
        PlainWords(Analyzer analyzer) {
            super(analyzer);
        }

        @Override
        protected Query analyzeGraphBoolean(String field, org.apache.lucene.analysis.TokenStream source, BooleanClause.Occur operator)
                throws java.io.IOException {
            var term = source.addAttribute(org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute.class);
            var length = source.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute.class);
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            source.reset();
            while (source.incrementToken()) {
                if (length.getPositionLength() == 1) {
                    words.add(new TermQuery(new Term(field, org.apache.lucene.util.BytesRef.deepCopyOf(term.getBytesRef()))), operator);
                }
            }
            source.end();
            return words.build();
        }
    }

    /**
     * Whether a parsed query has no words left to look for (it held stopwords only, which the
     * analyzer drops): the parser then gives an empty query, which matches nothing.
     */
    static boolean wordless(Query q) {
        if (q instanceof org.apache.lucene.search.BoostQuery b) {
            return wordless(b.getQuery());
        }
        // The per-language wrapper filters each reading by language: only the readings count.
        return q instanceof BooleanQuery b && b.clauses().stream()
                .filter(c -> c.occur() != BooleanClause.Occur.FILTER)
                .allMatch(c -> wordless(c.query()));
    }

    /**
     * The field meant by an unknown one: a kind label is a value of {@code kind} ({@code title:x}
     * wants {@code kind:title}); else the field a typo or two away.
     */
    static String didYouMean(String unknown) {
        String typed = unknown.toLowerCase(java.util.Locale.ROOT);
        if (Kind.labels().contains(typed)) {
            return ", did you mean 'kind:" + typed + "'?";
        }
        String best = Typo.nearest(typed, QUERY_FIELDS);
        return best == null ? "" : ", did you mean '" + best + "'?";
    }

    /** "query does not parse at column 7: unexpected end of query", from the parser's own diagnosis. */
    static String describe(String query, ParseException e) {
        ParseException cause = e.getCause() instanceof ParseException inner ? inner : e;
        Token current = cause.currentToken;
        if (current != null && current.next != null) {
            Token bad = current.next;
            String what = bad.kind == 0 ? "unexpected end of query" : "unexpected '" + shown(bad.image) + "'";
            // 1-based, as people count; the parser's token columns start at 0
            int column = bad.kind == 0 ? query.length() + 1 : bad.beginColumn + 1;
            return "query does not parse at column " + column + ": " + what;
        }
        String message = firstLine((e.getCause() != null ? e.getCause() : e).getMessage());
        java.util.regex.Matcher lexical = java.util.regex.Pattern.compile("(?i)lexical error at line \\d+, column (\\d+)").matcher(message);
        if (lexical.find()) {
            return "query does not parse at column " + lexical.group(1) + ": " + lexicalError(query, message);
        }
        int colon = message.indexOf("': ");
        if (message.startsWith("Cannot parse '") && colon > 0) {
            message = message.substring(colon + 3);
        }
        return "query does not parse: " + message.replaceAll("\\.$", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** A token as a message shows it: on one line, and not too long to read. */
    private static String shown(String token) {
        String oneLine = token.replaceAll("\\s+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= 30 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 30)) + "…";
    }

    /** What a lexical error means, from the text the lexer had read when it failed. */
    private static String lexicalError(String query, String message) {
        if (!message.contains("<EOF>")) {
            return "a character that cannot stand there";
        }
        java.util.regex.Matcher prefix = java.util.regex.Pattern.compile("after prefix \"(.)").matcher(message);
        if (prefix.find()) {
            return switch (prefix.group(1)) {
                case "\\" -> "a phrase is not closed";
                case "/" -> "a regular expression is not closed";
                default -> "unexpected end of query";
            };
        }
        if (query.endsWith("\\")) {
            return "a backslash escapes nothing at the end";
        }
        return query.contains("^") ? "a boost (^) takes a number" : "unexpected end of query";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /**
     * The classic parser reading in one language: {@code text} and {@code quote} (the default field
     * included) become that language's fields, analysed with its chain; {@code paragraph:3} and
     * {@code line:[10 TO 20]} take numbers.
     */
    private static final class LanguageParser extends QueryParser {
        private final Language language;
        private final boolean quotations;

        LanguageParser(Analyzer analyzer, Language language, boolean quotations) {
            super(Fields.TEXT, analyzer);
            this.language = language;
            this.quotations = quotations;
        }

        private String local(String field) {
            return quotations ? Fields.inQuotation(field, language) : Fields.inLanguage(field, language);
        }

        /** The first field the query names that no paragraph has; reported once the query parses. */
        String unknownField;

        /**
         * A field name typo would silently match nothing, as a kind typo would: both are errors. Noted
         * here and reported after the parse, so a syntax error further on is still reported first.
         */
        private void checkField(String field) {
            if (unknownField == null && !field.equals("*") && !QUERY_FIELDS.contains(field)) {
                unknownField = field;
            }
        }

        /** Numeric fields take a number or a range; {@code line:*} is every paragraph, as {@code kind:*} is. */
        private Query numericPattern(String field, String pattern) throws ParseException {
            if (pattern.equals("*")) {
                return IntField.newRangeQuery(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
            throw new ParseException("field " + field + " takes a number or a range [a TO b], not '" + pattern + "'");
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            checkField(field);
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            checkField(field);
            if (INT_FIELDS.contains(field)) {
                int value = parseInt(field, queryText);
                return IntField.newExactQuery(field, value);
            }
            if (field.equals(Fields.KIND)) {
                try {
                    Kind.fromLabel(queryText); // a typo would silently match nothing
                } catch (IllegalArgumentException e) {
                    throw new ParseException("field kind takes " + Kind.choices() + ", not '" + queryText + "'");
                }
            }
            return super.getFieldQuery(local(field), queryText, quoted);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            checkField(field);
            return INT_FIELDS.contains(field) ? numericPattern(field, termStr + "*") : super.getPrefixQuery(local(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            checkField(field);
            return INT_FIELDS.contains(field) ? numericPattern(field, termStr) : super.getWildcardQuery(local(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            checkField(field);
            return INT_FIELDS.contains(field) ? numericPattern(field, termStr + "~")
                    : super.getFuzzyQuery(local(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            checkField(field);
            return INT_FIELDS.contains(field) ? numericPattern(field, "/" + termStr + "/") : super.getRegexpQuery(local(field), termStr);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            checkField(field);
            if (INT_FIELDS.contains(field)) {
                int lo = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : parseInt(field, part1);
                int hi = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : parseInt(field, part2);
                if (!startInclusive && lo != Integer.MAX_VALUE) {
                    lo++;
                }
                if (!endInclusive && hi != Integer.MIN_VALUE) {
                    hi--;
                }
                return IntField.newRangeQuery(field, lo, hi);
            }
            return super.getRangeQuery(local(field), part1, part2, startInclusive, endInclusive);
        }

        private static int parseInt(String field, String text) throws ParseException {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new ParseException("field " + field + " takes a number, not '" + text + "'");
            }
        }
    }

}
