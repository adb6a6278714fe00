package dev.sluice.core.rules;

import static dev.sluice.core.rules.TestRules.json;
import static dev.sluice.core.rules.TestRules.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogicOperatorsTest {

    // {"*": []} fails only when evaluated, so it shows whether an operand was reached.
    private static final String EXPLODES = "{\"*\": []}";

    @Test
    void and_returns_first_falsy_operand() {
        assertThat(run("{\"and\": [1, \"\", 0]}")).isEqualTo("");
        assertThat(run("{\"and\": [true, [], 1]}")).isEqualTo(json("[]"));
    }

    @Test
    void and_returns_last_operand_when_all_are_truthy() {
        assertThat(run("{\"and\": [1, \"a\", [0]]}")).isEqualTo(json("[0]"));
    }

    @Test
    void or_returns_first_truthy_operand_or_the_last_one() {
        assertThat(run("{\"or\": [0, \"\", \"x\", 1]}")).isEqualTo("x");
        assertThat(run("{\"or\": [0, null, []]}")).isEqualTo(json("[]"));
    }

    @Test
    void and_and_or_short_circuit() {
        assertThat(run("{\"and\": [false, " + EXPLODES + "]}")).isEqualTo(false);
        assertThat(run("{\"or\": [true, " + EXPLODES + "]}")).isEqualTo(true);
        assertThatThrownBy(() -> run("{\"and\": [true, " + EXPLODES + "]}")).isInstanceOf(RuleException.class);
    }

    @Test
    void if_evaluates_only_the_chosen_branch() {
        assertThat(run("{\"if\": [true, \"yes\", " + EXPLODES + "]}")).isEqualTo("yes");
        assertThat(run("{\"if\": [false, " + EXPLODES + ", \"no\"]}")).isEqualTo("no");
    }

    @Test
    void if_chains_pick_the_first_truthy_condition() {
        String rule = "{\"if\": [{\"<\": [{\"var\": \"t\"}, 0]}, \"ice\", {\"<\": [{\"var\": \"t\"}, 100]}, \"water\", \"steam\"]}";

        assertThat(run(rule, "{\"t\": -3}")).isEqualTo("ice");
        assertThat(run(rule, "{\"t\": 20}")).isEqualTo("water");
        assertThat(run(rule, "{\"t\": 120}")).isEqualTo("steam");
    }

    @Test
    void if_without_matching_branch_or_else_returns_null() {
        assertThat(run("{\"if\": [false, 1, false, 2]}")).isNull();
        assertThat(run("{\"if\": []}")).isNull();
    }

    @Test
    void if_with_one_argument_returns_it() {
        assertThat(run("{\"if\": [\"only\"]}")).isEqualTo("only");
    }

    @Test
    void question_colon_behaves_like_if() {
        assertThat(run("{\"?:\": [[], \"yes\", \"no\"]}")).isEqualTo("no");
        assertThat(run("{\"?:\": [false, 1, true, 2, 3]}")).isEqualTo(2L);
    }

    @Test
    void negations_use_jsonlogic_truthiness() {
        assertThat(run("{\"!\": [[]]}")).isEqualTo(true);
        assertThat(run("{\"!!\": [[]]}")).isEqualTo(false);
        assertThat(run("{\"!!\": [\"0\"]}")).isEqualTo(true);
        assertThat(run("{\"!\": []}")).isEqualTo(true);
    }
}
