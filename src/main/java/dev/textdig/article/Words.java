package dev.textdig.article;

/** Word counting shared by the classifier, metadata and info. */
public final class Words {
    private Words() {
    }

    /** Number of runs of letters or digits (apostrophes and hyphens inside a word keep it whole). */
    public static int count(CharSequence s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c)
                    || (inWord && (c == '\'' || c == '’' || c == '-') && i + 1 < s.length()
                        && Character.isLetterOrDigit(s.charAt(i + 1)));
            if (wordChar && !inWord) {
                n++;
            }
            inWord = wordChar;
        }
        return n;
    }
}
