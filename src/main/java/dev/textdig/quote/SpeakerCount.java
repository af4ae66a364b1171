package dev.textdig.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who is quoted: a speaker, how many quotations and words, and the ways the text names them. */
public record SpeakerCount(String speaker, int quotes, int words, List<String> mentions) {

    /**
     * One entry per resolved speaker, most quotations first, then by name. A quotation whose speaker
     * could not be resolved is left out: "he" or "the company" is how a text names someone, not who.
     */
    public static List<SpeakerCount> of(List<Quote> quotes) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Set<String>> mentions = new LinkedHashMap<>();
        for (Quote q : quotes) {
            String who = q.speaker();
            if (who == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(who, k -> new int[2]);
            c[0]++;
            c[1] += q.wordCount();
            if (q.mention() != null) {
                mentions.computeIfAbsent(who, k -> new LinkedHashSet<>()).add(q.mention());
            }
        }
        List<SpeakerCount> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            out.add(new SpeakerCount(e.getKey(), e.getValue()[0], e.getValue()[1],
                    List.copyOf(mentions.getOrDefault(e.getKey(), Set.of()))));
        }
        out.sort((a, b) -> a.quotes() != b.quotes() ? Integer.compare(b.quotes(), a.quotes()) : a.speaker().compareToIgnoreCase(b.speaker()));
        return out;
    }
}
