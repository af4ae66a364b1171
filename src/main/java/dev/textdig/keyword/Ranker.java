package dev.textdig.keyword;

/**
 * Scores how well a term describes the text, 0 to 1. The evidence, after YAKE (Campos et al. 2020)
 * and the position features of Florescu and Caragea (2017): how often it occurs outside longer
 * chosen phrases (damped by a logarithm), how widely it spreads over the paragraphs, how early it
 * first appears, whether it is in the title or lead, whether it is written as a name, and whether it
 * is a phrase that holds together. The product is squashed into [0, 1) as {@code raw / (raw + 1)}.
 */
final class Ranker {
    private Ranker() {
    }

    static double score(Candidate c, int paragraphs) {
        double frequency = Math.log1p(c.free);
        double spread = 1 + (double) c.paragraphs.size() / paragraphs;
        double position = 1 + 1 / (1 + 20 * c.firstSeen);
        double prominent = c.inTitleOrLead > 0 ? 1.5 : 1;
        double name = c.capitalised * 2 >= c.count && c.capitalised > 0 ? 1.3 : 1;
        double phrase = c.words > 1 ? 1.2 : 1;
        double raw = frequency * spread * position * prominent * name * phrase;
        return raw / (raw + 1);
    }
}
