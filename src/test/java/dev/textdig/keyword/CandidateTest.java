package dev.textdig.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A candidate's forms are counted whole, repeats of the last form and returns to an earlier one alike. */
class CandidateTest {
    @Test
    void theFormWrittenMostIsShown() {
        Candidate c = new Candidate("council", 1);
        for (String form : new String[] {"Council", "council", "council", "Council", "COUNCIL", "Council"}) {
            c.addForm(form);
        }
        assertThat(c.surface()).isEqualTo("Council"); // 3 against 2 and 1
        c.addForm("council");
        c.addForm("council");
        assertThat(c.surface()).isEqualTo("council"); // 4 against 3: the forms met before the last still count
        assertThat(c.surface()).isEqualTo("council"); // asking twice changes nothing
    }
}
