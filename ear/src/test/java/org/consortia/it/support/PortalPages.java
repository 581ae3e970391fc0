package org.consortia.it.support;

import java.time.LocalDate;
import java.util.List;
import org.consortia.annualreport.AnnualReport;
import org.consortia.text.UkDates;

/**
 * Every page of the portal a signed-in person can open, with the addresses of records found on
 * the demo data, for the tests that check all pages alike (accessibility, statements per page).
 */
public final class PortalPages {

    public static final String CHAIR = "chair@consortia.test";
    public static final String STRATEGY = "strategy@consortia.test";
    public static final String ADMIN = "admin@consortia.test";

    private PortalPages() {
    }

    /** The pages of the demo workspace, as its chair opens them, and the chair's own. */
    public static List<String> workspacePages() {
        PortalClient chair = new PortalClient().signedInAs(CHAIR, PortalClient.DEMO_PASSWORD);
        return List.of("/", "/w/community-safety", "/w/community-safety/members", "/w/community-safety/mou",
                "/w/community-safety/mou-verify?hash=" + "0".repeat(64), "/w/community-safety/conduct",
                "/w/community-safety/mou-history?heading=PARTNERSHIP_PRINCIPLES",
                linkOn(chair, "/w/community-safety/mou-history?heading=PARTNERSHIP_PRINCIPLES",
                        "a[href*='mou-as-of?revision=']"),
                linkOn(chair, "/w/community-safety/members", "a[href*='history?record=MEMBERSHIP']"),
                "/w/community-safety/risks", "/w/community-safety/risk", riskEntry(chair),
                "/w/community-safety/form?form=risk-checklist", "/w/community-safety/form?form=insurance",
                "/w/community-safety/form-history?form=risk-checklist", "/w/community-safety/meeting-rules",
                "/w/community-safety/meetings", "/w/community-safety/meeting", meeting(chair), agenda(chair), meetingRecord(chair),
                heldMeetingRecord(chair), heldMeetingMinutes(chair), "/w/community-safety/polls",
                linkOn(chair, "/w/community-safety/polls", "a[href*='/poll?id=']"),
                "/w/community-safety/actions", "/w/community-safety/actions?show=ALL&mine=true",
                "/account/password", "/account/calendar", "/account/email",
                "/account/second-factor");
    }

    /** The partnership database, as the Head of Strategy & Partnerships opens it. */
    public static List<String> databasePages() {
        PortalClient strategy = new PortalClient().signedInAs(STRATEGY, PortalClient.DEMO_PASSWORD);
        // The demo's own record, whatever records other tests have added and changed before.
        String partnership = linkOn(strategy, "/partnerships/list?text=Community+Safety",
                "a[href*='/partnerships/view?id=']:containsOwn(Redditch Community Safety Partnership)");
        return List.of("/partnerships/list", "/partnerships/edit", "/partnerships/risks", "/partnerships/overview",
                "/partnerships/overview?rating=RED&sort=worst", partnership,
                partnership.replace("/partnerships/view?", "/partnerships/history?"),
                partnership.replace("/partnerships/view?", "/partnerships/business-case?"),
                partnership.replace("/partnerships/view?", "/partnerships/business-case-history?"),
                partnership.replace("/partnerships/view?", "/partnerships/progress-report?"),
                partnership.replace("/partnerships/view?", "/partnerships/progress-report?") + "&number=1",
                partnership.replace("/partnerships/view?", "/partnerships/progress-report-history?"),
                partnership.replace("/partnerships/view?", "/partnerships/annual-review?"),
                partnership.replace("/partnerships/view?", "/partnerships/annual-review-history?"),
                partnership.replace("/partnerships/view?", "/partnerships/leaving?"),
                partnership.replace("/partnerships/view?", "/partnerships/leaving-history?"),
                "/partnerships/annual-reports",
                "/partnerships/annual-report?year=" + AnnualReport.yearOf(LocalDate.now(UkDates.LONDON)));
    }

    /** The administration pages, as an administrator opens them. */
    public static List<String> administrationPages() {
        PortalClient admin = new PortalClient().signedInAs(ADMIN, PortalClient.DEMO_PASSWORD);
        return List.of("/admin/accounts", "/admin/account", "/admin/organisations", "/admin/organisation", "/admin/server",
                linkOn(admin, "/admin/accounts", "a[href*='/admin/history?record=ACCOUNT']"));
    }

    /** A meeting of the demo workspace, as its chair finds it. */
    public static String meeting(PortalClient chair) {
        return linkOn(chair, "/w/community-safety/meetings", "a[href*='/meeting?id=']");
    }

    /** The agenda of a meeting of the demo workspace, as its chair finds it. */
    public static String agenda(PortalClient chair) {
        return linkOn(chair, meeting(chair), "#agenda-link");
    }

    /** The attendance and decisions of a meeting of the demo workspace, as its chair finds them. */
    public static String meetingRecord(PortalClient chair) {
        return linkOn(chair, meeting(chair), "#record-link");
    }

    /** The attendance and decisions of a meeting of the demo workspace that has been held, with its actions. */
    public static String heldMeetingRecord(PortalClient chair) {
        String held = linkOn(chair, "/w/community-safety/meetings?sort=startsAt",
                "tr:has(td:containsOwn(Held)):has(a:containsOwn(Partnership board)) a[href*='/meeting?id=']");
        return linkOn(chair, held, "#record-link");
    }

    /** The minutes of the held meeting of {@link #heldMeetingRecord}, drafted with its discussion. */
    public static String heldMeetingMinutes(PortalClient chair) {
        return linkOn(chair, heldMeetingRecord(chair), "#minutes-link");
    }

    /** A risk entry of the demo register, as its chair finds it. */
    public static String riskEntry(PortalClient chair) {
        return linkOn(chair, "/w/community-safety/risks",
                "a:containsOwn(Home Office grant for the Safer Streets scheme ends)");
    }

    /** The address of the first link the selector finds on a page, without the host. */
    public static String linkOn(PortalClient client, String page, String selector) {
        String link = client.get(page).document().select(selector).attr("href");
        if (link.isEmpty()) {
            throw new AssertionError("No " + selector + " on " + page);
        }
        return link.substring(link.indexOf('/', link.startsWith("http") ? 8 : 0));
    }
}
