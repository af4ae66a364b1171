package dev.textdig.quote;

import java.util.Locale;

/** Whether a quotation is by a speaker as a user names them: any word of the resolved speaker or of the mention, case-insensitive. */
public final class SpeakerMatch {
    private SpeakerMatch() {
    }

    /** "macron" matches Emmanuel Macron; "emmanuel macron" too; so does a word of the mention ("tenant"). */
    public static boolean matches(Quote q, String wanted) {
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        for (String candidate : new String[] {q.speaker(), q.mention()}) {
            if (candidate == null) {
                continue;
            }
            String c = candidate.toLowerCase(Locale.ROOT);
            if (c.equals(w) || (" " + c.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ").contains(" " + w.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article says who said it at all. */
    public static boolean known(Quote q) {
        return q.speaker() != null || q.mention() != null;
    }
}
