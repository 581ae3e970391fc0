package org.consortia.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.consortia.identity.CouncilRole;
import org.consortia.membership.WorkspaceRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The permission matrix, checked cell by cell against the table below. An X grants the action to
 * the role in that column; every other cell must refuse.
 */
class PermissionMatrixTest {

    private static final List<Role> COLUMNS = Stream.concat(Arrays.stream(CouncilRole.values()),
            Arrays.stream(WorkspaceRole.values())).map(Role.class::cast).toList();

    /*
     * Columns: ADMIN STRATEGY HEAD_OF_SERVICE CMT EXECUTIVE SCRUTINY DIRECTOR HEAD_OF_FINANCE HEAD_OF_LEGAL
     * PORTFOLIO_HOLDER DEPUTY_CHIEF_EXECUTIVE | CHAIR VICE_CHAIR
     * OFFICER_REPRESENTATIVE MEMBER_REPRESENTATIVE ELECTED_MEMBER SECRETARIAT OBSERVER
     */
    private static final String TABLE = """
            MANAGE_ACCOUNTS               X . . . . . . . . . . | . . . . . . .
            MANAGE_ORGANISATIONS          X . . . . . . . . . . | . . . . . . .
            VIEW_PARTNERSHIP_DATABASE     X X X X X X X X X X X | . . . . . . .
            CREATE_PARTNERSHIP            X X . . . . . . . . . | . . . . . . .
            EDIT_ANY_PARTNERSHIP          X X . . . . . . . . . | . . . . . . .
            PUBLISH_ON_REGISTER           . X . . . . . . . . . | . . . . . . .
            EDIT_ACCOUNTABLE_PARTNERSHIP  . . X . . . . . . . . | . . . . . . .
            ENTER_ANY_WORKSPACE           . X . X X X . . . . . | . . . . . . .
            ENTER_ACCOUNTABLE_WORKSPACE   . . X . . . . . . . . | . . . . . . .
            VIEW_RISK_PORTFOLIO           . X . X X X . . . . X | . . . . . . .
            VIEW_WORKSPACE                . . . . . . . . . . . | X X X X X X X
            VIEW_HISTORY                  . . . . . . . . . . . | X X X X X X X
            MANAGE_MEMBERSHIP             . . . . . . . . . . . | X . X . . . .
            INVITE_TO_WORKSPACE           . . . . . . . . . . . | X X X . . . .
            APPOINT_FOR_COUNCIL           . X . . . . . . . . . | . . . . . . .
            APPOINT_CHAIRS                . . . . . . . . . . . | X . . . . . .
            REQUIRE_SECOND_FACTOR         . . . . . . . . . . . | X . . . . . .
            EDIT_SHARED_RECORDS           . . . . . . . . . . . | X X X X . X .
            CHANGE_DOCUMENT_STATE         . . . . . . . . . . . | X X X . . . .
            SET_MEETING_RULES             . . . . . . . . . . . | X X X . . . .
            MANAGE_MEETINGS               . . . . . . . . . . . | X X . . . X .
            READ_CLOSED_ITEMS             . . . . . . . . . . . | X X X X X X .
            SIGN_MINUTES                  . . . . . . . . . . . | X . . . . . .
            PUBLISH_CODE_OF_CONDUCT       . . . . . . . . . . . | X . . . . . .
            SIGN_CODE_OF_CONDUCT          . . . . . . . . . . . | X X X X X X X
            SIGN_FOR_ORGANISATION         . . . . . . . . . . . | X X X X X X .
            READ_CYCLE_FORMS              . X X X X X X X X X X | . . . . . . .
            DRAFT_CYCLE_FORMS             . X X . . . . . . . . | . . . . . . .
            AUTHORISE_BUSINESS_CASE       . . X . . . X . . . . | . . . . . . .
            ADVISE_ON_FINANCE             . . . . . . . X . . . | . . . . . . .
            ADVISE_ON_LAW                 . . . . . . . . X . . | . . . . . . .
            DECIDE_BUSINESS_CASE          . . . . X . . . . . . | . . . . . . .
            SUBMIT_PROGRESS_REPORT        . . X . . . X . . . . | . . . . . . .
            COMMENT_ON_PROGRESS_REPORT    . . . X . . . . . X . | . . . . . . .
            EVALUATE_ANNUAL_REVIEW        . . X . . . X . . . . | . . . . . . .
            CONSIDER_ANNUAL_REVIEW        . . . X . . . . . . . | . . . . . . .
            RECORD_EXIT_DECISION          . X . . X . . . . . . | . . . . . . .
            COMMENT_ON_EXIT_REPORT        . . . X . . . . . . . | . . . . . . .
            VIEW_OVERVIEW                 . X . X X X . . . . X | . . . . . . .
            PRODUCE_ANNUAL_REPORT         . X . . . . . . . . X | . . . . . . .
            READ_ANNUAL_REPORT            . X . X X X . . . . X | . . . . . . .
            COMMENT_ON_ANNUAL_REPORT      . . . X X X . . . . . | . . . . . . .
            """;

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] parts = line.strip().replace("|", "").split("\\s+");
            Action action = Action.valueOf(parts[0]);
            for (int column = 0; column < COLUMNS.size(); column++) {
                cells.add(Arguments.of(action, COLUMNS.get(column), "X".equals(parts[column + 1])));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{1} may {0}: {2}")
    @MethodSource("cells")
    void matrixGrantsExactlyWhatTheTableSays(Action action, Role role, boolean granted) {
        assertEquals(granted, PermissionMatrix.allows(role, action));
    }

    @Test
    void tableCoversEveryAction() {
        long rows = TABLE.strip().lines().count();
        assertEquals(Action.values().length, rows);
    }

    @Test
    void oversightVisitorsMayOnlyRead() {
        for (Action action : Action.values()) {
            boolean read = action == Action.VIEW_WORKSPACE || action == Action.VIEW_HISTORY;
            assertEquals(read, PermissionMatrix.allowsOversight(action), action.name());
        }
    }
}
