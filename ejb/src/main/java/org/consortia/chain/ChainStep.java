package org.consortia.chain;

import java.util.List;
import org.consortia.access.Action;
import org.consortia.forms.StepOutcome;

/**
 * A step of a council form's chain: what it is called, the right it asks of whoever takes it, and
 * what they may do. A chain's steps are an enum whose constants each hold their {@link Rule}.
 */
public interface ChainStep {

    /** What a step is called, the council-wide right it asks of whoever takes it, and what may be done there. */
    record Rule(String label, Action action, List<StepOutcome> outcomes) {

        public Rule {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** The name the step is stored under. */
    String name();

    /** Where the step comes in its chain, the first first. */
    int ordinal();

    Rule rule();

    default String label() {
        return rule().label();
    }

    /** The council-wide right this step asks of whoever takes it. */
    default Action action() {
        return rule().action();
    }

    /** What may be done at this step. */
    default List<StepOutcome> outcomes() {
        return rule().outcomes();
    }

    /** Whether the judgement at this step is the accountable Head of Service's, which a Director takes where they cannot. */
    boolean headOfServices();
}
