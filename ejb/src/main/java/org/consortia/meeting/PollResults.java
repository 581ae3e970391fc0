package org.consortia.meeting;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.consortia.membership.Representative;

/**
 * A scheduling poll as its page shows it: each slot with how many answered yes, if need be and no,
 * the member organisations that could attend and whether the meeting would be quorate; every
 * representative's answers; and what the caller may do.
 */
public record PollResults(SchedulingPoll poll, List<SlotResult> slots, List<Representative> representatives,
        Map<String, PollChoice> answers, Long ownRepresentativeId, boolean mayAnswer, boolean mayManage)
        implements Serializable {

    /** One slot's tally; {@code organisations} could attend (yes or if need be), by name. */
    public record SlotResult(PollSlot slot, int yes, int ifNeedBe, int no, List<String> organisations, Quorum quorum)
            implements Serializable {
    }

    /** A representative's answer for a slot, or null while they have not answered. */
    public PollChoice answerOf(Representative representative, PollSlot slot) {
        return answers.get(key(slot.getId(), representative.getId()));
    }

    static String key(long slotId, long representativeId) {
        return slotId + ":" + representativeId;
    }
}
