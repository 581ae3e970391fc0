package org.consortia.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ListQueryPartsTest {

    private static final Sorting SORTING = new Sorting(Map.of("title", "lower(e.title)", "score", "e.score"),
            "title", "e.id");

    @Test
    void filtersNotChosenAddNothing() {
        assertEquals("", new Conditions().add("e.kind = :kind", "kind", null).add("e.category = :category",
                "category", "  ").where());
    }

    @Test
    void chosenFiltersAreJoinedByAndWithFalseCountingAsChosen() {
        assertEquals(" where e.kind = :kind and e.statutory = :statutory and e.closed is null", new Conditions()
                .add("e.kind = :kind", "kind", "RISK")
                .add("e.owner.id = :owner", "owner", null)
                .add("e.statutory = :statutory", "statutory", false)
                .add("e.closed is null")
                .where());
    }

    @Test
    void sortsByAnAllowedColumnThenById() {
        assertEquals(" order by e.score desc nulls last, e.id", SORTING.orderBy(new PageRequest(0, 25, "score", false)));
        assertEquals(" order by lower(e.title) asc nulls last, e.id", SORTING.orderBy(PageRequest.firstPage(25)));
    }

    @Test
    void aSortFieldThatIsNotAColumnSortsByTheDefaultAndNeverReachesTheQuery() {
        assertEquals(" order by lower(e.title) asc nulls last, e.id",
                SORTING.orderBy(new PageRequest(0, 25, "e.id; delete from RiskEntry", true)));
        assertThrows(IllegalArgumentException.class, () -> new Sorting(Map.of("title", "e.title"), "name", "e.id"));
    }
}
