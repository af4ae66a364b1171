package dev.textdig.quote;

/** Whether a quotation is by a speaker as a user names them: any word of the resolved speaker or of the mention, case-insensitive. */
public final class SpeakerMatch {
    private SpeakerMatch() {
    }

    /** "macron" matches Emmanuel Macron; "emmanuel macron" too; so does a word of the mention ("tenant"). */
    public static boolean matches(Quote q, String wanted) {
        String w = fold(wanted.strip());
        for (String candidate : new String[] {q.speaker(), q.mention()}) {
            if (candidate == null) {
                continue;
            }
            String c = fold(candidate);
            if (c.equals(w) || (" " + c.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ").contains(" " + w.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case one code point at a time, as Lucene's {@code LowerCaseFilter} does for
     * {@code search speaker:}: {@code İsmail} and {@code İSMAİL} fold to {@code ismail}, where
     * {@link String#toLowerCase} would add a combining dot ({@code i̇smail}) that {@code ismail} lacks.
     */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Whether the article says who said it at all. */
    public static boolean known(Quote q) {
        return q.speaker() != null || q.mention() != null;
    }
}
