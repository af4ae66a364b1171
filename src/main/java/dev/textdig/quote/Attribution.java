package dev.textdig.quote;

/** How the text names a quotation's speaker, and the word that introduces it. */
record Attribution(String mention, String cue) {
    static final Attribution NONE = new Attribution(null, null);

    boolean found() {
        return mention != null;
    }
}
