package org.consortia.chain;

import java.util.List;
import org.consortia.access.Action;
import org.consortia.forms.StepOutcome;

/** A step of a council form's chain: what it is called, the right it asks of whoever takes it, and what they may do. */
public interface ChainStep {

    /** The name the step is stored under. */
    String name();

    String label();

    /** The council-wide right this step asks of whoever takes it. */
    Action action();

    /** What may be done at this step. */
    List<StepOutcome> outcomes();

    /** Whether the judgement at this step is the accountable Head of Service's, which a Director takes where they cannot. */
    boolean headOfServices();
}
