package dev.textdig.keyword;

import java.util.Arrays;

/**
 * The paragraphs a candidate occurs in, as keys (article index in the high 32 bits, paragraph
 * number in the low). Counting meets them in order, so each key is appended to a sorted array
 * unless it is the last one again: a {@code HashSet<Long>} boxed and hashed every occurrence of
 * every phrase, a fifth of {@code keywords} on prose.
 */
final class ParagraphSet {
    private long[] keys = new long[2];
    private int size;
    /** False once a key came out of order; {@link #size} then sorts and drops repeats. */
    private boolean ordered = true;

    void add(long key) {
        if (size > 0 && keys[size - 1] == key) {
            return;
        }
        if (size > 0 && keys[size - 1] > key) {
            ordered = false;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
    }

    /** Adds every paragraph of {@code other} (a place taking its adjective's). */
    void addAll(ParagraphSet other) {
        for (int i = 0; i < other.size; i++) {
            add(other.keys[i]);
        }
    }

    /** How many distinct paragraphs. */
    int size() {
        if (!ordered) {
            Arrays.sort(keys, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || keys[distinct - 1] != keys[i]) {
                    keys[distinct++] = keys[i];
                }
            }
            size = distinct;
            ordered = true;
        }
        return size;
    }
}
