package org.consortia.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {

    @Test
    void aFractionIsRoundedUpAndNeverBelowOne() {
        MeetingRules rules = new MeetingRules();
        assertEquals(3, rules.quorumOf(5), "one in two of five");
        assertEquals(2, rules.quorumOf(4), "one in two of four");
        assertEquals(1, rules.quorumOf(0), "a partnership without members still needs someone there");
        rules.setQuorumNumerator(2);
        rules.setQuorumDenominator(3);
        assertEquals(4, rules.quorumOf(6));
        assertEquals(5, rules.quorumOf(7));
        assertEquals("2 in 3 of the member organisations (rounded up)", rules.quorumInWords());
    }

    @Test
    void aNumberIsThatNumberWhateverTheMembership() {
        MeetingRules rules = new MeetingRules();
        rules.setQuorumKind(QuorumKind.NUMBER);
        rules.setQuorumNumber(3);
        assertEquals(3, rules.quorumOf(10));
        assertEquals(3, rules.quorumOf(2), "a quorum the membership cannot reach is still the rule");
        assertEquals("3 member organisations", rules.quorumInWords());
        rules.setQuorumNumber(1);
        assertEquals("1 member organisation", rules.quorumInWords());
    }

    @Test
    void daysAreStoredInTheWeeksOrderAndReadBack() {
        DaysOfWeek converter = new DaysOfWeek();
        assertEquals("MONDAY,WEDNESDAY,SATURDAY", converter.convertToDatabaseColumn(
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), converter.convertToEntityAttribute("MONDAY,SATURDAY"));
        assertEquals(EnumSet.noneOf(DayOfWeek.class), converter.convertToEntityAttribute(""));
    }
}
