package dev.textdig.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * The word edits that turn a stretch of quotation into the claim (Commons Text's
 * {@link StringsComparator}, one symbol a word): between two kept words, the words left out and
 * the words put in are paired in order as replacements, the rest stay lone deletions or insertions.
 */
final class WordEdits {
    /**
     * One edit: a replacement when both words are there, a word left out of the claim when
     * {@code claimed} is null, a word put into it when {@code quoted} is null.
     */
    record Edit(TextWord quoted, TextWord claimed) {
    }

    private WordEdits() {
    }

    static List<Edit> between(List<TextWord> quotation, List<TextWord> claim) {
        Map<String, Character> symbols = new HashMap<>();
        String q = encode(quotation, symbols);
        String c = encode(claim, symbols);
        List<Edit> out = new ArrayList<>();
        List<TextWord> deleted = new ArrayList<>();
        List<TextWord> inserted = new ArrayList<>();
        int[] at = new int[2]; // next word of the quotation, of the claim
        Runnable flush = () -> {
            int pairs = Math.min(deleted.size(), inserted.size());
            for (int i = 0; i < pairs; i++) {
                out.add(new Edit(deleted.get(i), inserted.get(i)));
            }
            for (int i = pairs; i < deleted.size(); i++) {
                out.add(new Edit(deleted.get(i), null));
            }
            for (int i = pairs; i < inserted.size(); i++) {
                out.add(new Edit(null, inserted.get(i)));
            }
            deleted.clear();
            inserted.clear();
        };
        new StringsComparator(q, c).getScript().visit(new CommandVisitor<Character>() {
            @Override
            public void visitInsertCommand(Character ch) {
                inserted.add(claim.get(at[1]++));
            }

            @Override
            public void visitKeepCommand(Character ch) {
                flush.run();
                at[0]++;
                at[1]++;
            }

            @Override
            public void visitDeleteCommand(Character ch) {
                deleted.add(quotation.get(at[0]++));
            }
        });
        flush.run();
        return out;
    }

    /** The edits as short labels: {@code stop→end}, {@code -word} left out, {@code +word} added. */
    static List<String> labels(List<Edit> edits) {
        List<String> out = new ArrayList<>();
        for (Edit e : edits) {
            if (e.quoted() != null && e.claimed() != null) {
                out.add(e.quoted().key() + "→" + e.claimed().key());
            } else if (e.quoted() != null) {
                out.add("-" + e.quoted().key());
            } else {
                out.add("+" + e.claimed().key());
            }
        }
        return out;
    }

    /** One private-use character per distinct word: a claim and one stretch stay well inside the 6,400 of them. */
    private static String encode(List<TextWord> words, Map<String, Character> symbols) {
        StringBuilder b = new StringBuilder(words.size());
        for (TextWord w : words) {
            b.append(symbols.computeIfAbsent(w.key(), k -> (char) (0xE000 + symbols.size())));
        }
        return b.toString();
    }
}
