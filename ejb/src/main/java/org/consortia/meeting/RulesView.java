package org.consortia.meeting;

import java.io.Serializable;

/** The workspace's meeting rules as the caller may see them, and whether they may change them. */
public record RulesView(MeetingRules rules, boolean set, boolean mayChange) implements Serializable {
}
