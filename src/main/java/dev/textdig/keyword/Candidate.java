package dev.textdig.keyword;

import java.util.HashMap;
import java.util.Map;

/** The evidence gathered for one term or phrase (by its analysed key) while reading the text. */
final class Candidate {
    final String key;
    final int words;
    int count;
    /** Occurrences not inside a longer phrase that made the list. */
    int free;
    /** Paragraphs it occurs in, as article index (high 32 bits) and paragraph number. */
    final ParagraphSet paragraphs = new ParagraphSet();
    /** How often each form was written; the last form met is counted apart until another comes ({@link #addForm}). */
    private final Map<String, Integer> forms = new HashMap<>();
    private String lastForm;
    private int lastFormCount;
    /** Earliest occurrence, as a fraction of the text (0 = first word). */
    double firstSeen = 1;

    Candidate(String key, int words) {
        this.key = key;
        this.words = words;
    }

    /**
     * One more occurrence written as {@code form}. A phrase is mostly written the same way each
     * time, so a repeat of the last form is a comparison, not a lookup in the map.
     */
    void addForm(String form) {
        if (form.equals(lastForm)) {
            lastFormCount++;
            return;
        }
        flushForm();
        lastForm = form;
        lastFormCount = 1;
    }

    private void flushForm() {
        if (lastFormCount > 0) {
            forms.merge(lastForm, lastFormCount, Integer::sum);
            lastFormCount = 0;
        }
    }

    /** The form the text uses most; among equals, the lower-case one (a capital may only start a sentence). */
    String surface() {
        flushForm();
        String best = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            int c = e.getValue();
            String f = e.getKey();
            if (c > bestCount || (c == bestCount && (Character.isLowerCase(f.codePointAt(0)) && !Character.isLowerCase(best.codePointAt(0))
                    || f.compareTo(best) < 0 && Character.isLowerCase(f.codePointAt(0)) == Character.isLowerCase(best.codePointAt(0))))) {
                best = f;
                bestCount = c;
            }
        }
        return best;
    }
}
