package org.consortia.partnership;

import java.util.List;

/**
 * Where the council stands in a partnership, through the cycle of Appendix 1: making the business
 * case (forming), framework, delivery and review (performing), leaving (ending) and left (ended).
 */
public enum LifecycleStage {
    FORMING("Forming"),
    PERFORMING("Performing"),
    ENDING("Ending"),
    ENDED("Ended");

    private final String label;

    LifecycleStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether only the recorded decision to leave moves a partnership into or out of this stage:
     * ending follows the Executive's (or full Council's) decision, ended the day involvement ends.
     */
    public boolean followsExitDecision() {
        return this == ENDING || this == ENDED;
    }

    /**
     * Whether the Council is in the partnership, performing or until its involvement ends: while it
     * is, the partnership reports its progress (section 8) and keeps its Memorandum, code of conduct
     * and register as the Council expects.
     */
    public boolean councilIsIn() {
        return this == PERFORMING || this == ENDING;
    }

    /**
     * Whether the business case and the partnership are reviewed each year (section 9): while it
     * performs; once the decision to leave is taken, the exit report takes the review's place.
     */
    public boolean reviewedYearly() {
        return this == PERFORMING;
    }

    /** The stages an editor of the record may choose: the ones no decision to leave sets. */
    public static List<LifecycleStage> chosenByEditors() {
        return List.of(FORMING, PERFORMING);
    }
}
