package dev.textdig.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The paragraphs of a candidate count as a set of them would, in whatever order they come. */
class ParagraphSetTest {
    @Test
    void eachParagraphCountsOnce() {
        ParagraphSet s = new ParagraphSet();
        for (long key : new long[] {1, 1, 1, 2, 3, 3, (1L << 32) | 1, (1L << 32) | 1}) {
            s.add(key);
        }
        assertThat(s.size()).isEqualTo(4);
    }

    @Test
    void keysOutOfOrderAndAUnionCountAsASet() {
        ParagraphSet a = new ParagraphSet();
        for (long key : new long[] {5, 3, 5, 9, 3, 1}) {
            a.add(key);
        }
        assertThat(a.size()).isEqualTo(4);
        ParagraphSet b = new ParagraphSet();
        for (long key : new long[] {2, 3, 9, 10}) {
            b.add(key);
        }
        b.addAll(a);
        assertThat(b.size()).isEqualTo(6);
        b.add(4);
        assertThat(b.size()).isEqualTo(7);
    }
}
