package org.consortia.meeting;

import java.io.Serializable;
import java.util.List;

/**
 * A meeting open to the public as the public register shows it: its published agenda and, once
 * signed, its minutes, both without the items taken in closed session.
 */
public record PublicMeeting(Meeting meeting, List<AgendaItem> agenda, SignedMinutes minutes) implements Serializable {

    /** The signed minutes: who came, who sent apologies, and each open item's discussion and decision. */
    public record SignedMinutes(Minutes minutes, List<String> present, List<String> apologies, List<Item> items)
            implements Serializable {
    }

    /** An open item as minuted: the discussion (sanitised HTML, possibly empty) and the decision, if any. */
    public record Item(AgendaItem item, String discussion, Decision decision) implements Serializable {
    }
}
