package dev.textdig.output;

import java.lang.reflect.RecordComponent;

/**
 * A run's figures, one record per command (and search's mode), written after the results by
 * {@code json} under {@code "totals"}; the other formats leave them out.
 */
public sealed interface Totals {
    /** The figures as JSON fields: the record's components in order, each named in snake case. */
    default Row fields() {
        Row row = new Row();
        for (RecordComponent c : getClass().getRecordComponents()) {
            try {
                row.put(snakeCase(c.getName()), c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return row;
    }

    /** {@code filesWithMatches} as {@code files_with_matches}. */
    private static String snakeCase(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code search}: the query, files read, matches found and hits shown. */
    record Search(String query, int files, long matches, int shown) implements Totals {
    }

    /** {@code search -c}: the query, files with a count, and the matches in all. */
    record MatchCounts(String query, int files, long matches) implements Totals {
    }

    /** {@code search -l}: the query and how many files match. */
    record MatchingFiles(String query, int filesWithMatches) implements Totals {
    }

    /** {@code search --queries}: queries run, those that failed to parse, those that matched, files read, results written. */
    record Queries(int queries, int failed, int matched, int files, long results) implements Totals {
    }

    /** {@code info}: files, and their words and paragraphs in all. */
    record Info(int files, long words, long paragraphs) implements Totals {
    }

    /** {@code quotes}: quotations, and how many have a speaker or a mention. */
    record Quotes(int quotes, long attributed) implements Totals {
    }

    /** {@code quotes --speakers}: how many speakers. */
    record Speakers(int speakers) implements Totals {
    }

    /** {@code quotes --verify}: how many quotations the claim was compared with. */
    record Verification(int quotesCompared) implements Totals {
    }

    /** {@code paragraphs}: files, and paragraphs written. */
    record Paragraphs(int files, long paragraphs) implements Totals {
    }

    /** {@code keywords}: files, and terms shown. */
    record Keywords(int files, int terms) implements Totals {
    }

    /** {@code index}: files given (found in the folders). */
    record Index(int files) implements Totals {
    }
}
