package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule of --kind and -a, as search, its -C context, paragraphs and keywords ask it. */
class KindSelectionTest {
    private static final Paragraph BODY = new Paragraph(2, 3, 0, 4, "Body", Kind.BODY);
    private static final Paragraph MENU = new Paragraph(1, 1, 0, 4, "Menu", Kind.BOILERPLATE);

    @Test
    void withNoOptionEveryKindButFurnitureAndMinusAShowsTheFurnitureToo() {
        KindSelection none = KindSelection.of(List.of(), false);
        assertThat(none.selects(BODY)).isTrue();
        assertThat(none.selects(MENU)).isFalse();
        assertThat(none.furnitureHidden()).as("-a would bring the furniture in").isTrue();
        KindSelection all = KindSelection.of(List.of(), true);
        assertThat(all.selects(MENU)).isTrue();
        assertThat(all.isEverything()).isTrue();
        assertThat(all.furnitureHidden()).isFalse();
    }

    @Test
    void listedKindsAreExactlyWhatIsSelectedWithOrWithoutMinusA() {
        for (boolean withFurniture : new boolean[] {false, true}) {
            KindSelection titles = KindSelection.of(List.of(Kind.TITLE, Kind.LEAD), withFurniture);
            assertThat(titles.kinds()).containsExactly(Kind.TITLE, Kind.LEAD);
            assertThat(titles.selects(BODY)).isFalse();
            assertThat(titles.selects(MENU)).isFalse();
            assertThat(titles.furnitureHidden()).as("the list, not the default, left the furniture out").isFalse();
        }
        assertThat(KindSelection.of(List.of(Kind.BOILERPLATE), false).selects(MENU)).isTrue();
    }

    @Test
    void surroundingsAreTheArticleAsAReaderSeesItWithFurnitureOnlyWhenSelected() {
        assertThat(KindSelection.of(List.of(Kind.TITLE), false).surroundings()).isEqualTo(KindSelection.CONTENT);
        assertThat(KindSelection.CONTENT.surroundings()).isEqualTo(KindSelection.CONTENT);
        assertThat(KindSelection.of(List.of(Kind.BOILERPLATE), false).surroundings()).isEqualTo(KindSelection.EVERYTHING);
        assertThat(KindSelection.of(List.of(), true).surroundings()).isEqualTo(KindSelection.EVERYTHING);
    }
}
