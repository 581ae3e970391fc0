package org.consortia.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.consortia.identity.PasswordHasher;
import org.consortia.tenancy.CurrentWorkspace;

/**
 * Fills an empty database with a council, partner organisations, three partnerships and a user for
 * every role, when demo data is switched on (the run command does; production does not). Prints
 * the address and the logins either way, so a newcomer can sign in at once.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin@consortia.test", "Alex Admin", "Administrator"),
            new DemoLogin("strategy@consortia.test", "Sam Strategy", "Head of Strategy & Partnerships"),
            new DemoLogin("head.of.service@consortia.test", "Hari Service", "Head of Service"),
            new DemoLogin("cmt@consortia.test", "Casey Management", "Corporate Management Team"),
            new DemoLogin("executive@consortia.test", "Eve Executive", "Executive"),
            new DemoLogin("scrutiny@consortia.test", "Sol Scrutiny", "Overview & Scrutiny"),
            new DemoLogin("director@consortia.test", "Dana Director", "Director"),
            new DemoLogin("finance@consortia.test", "Frankie Finance", "Head of Financial, Revenues and Benefits Services"),
            new DemoLogin("legal@consortia.test", "Lee Legal", "Head of Legal, Democratic and Property Services"),
            new DemoLogin("portfolio.holder@consortia.test", "Cllr Pat Portfolio", "Portfolio Holder"),
            new DemoLogin("deputy.chief@consortia.test", "Dee Deputy", "Acting Deputy Chief Executive"),
            new DemoLogin("chair@consortia.test", "Chris Chair", "Chair, Community Safety Partnership"),
            new DemoLogin("vice.chair@consortia.test", "Val Vice-Chair", "Vice-chair, Community Safety Partnership"),
            new DemoLogin("officer@consortia.test", "Olu Officer", "Officer representative"),
            new DemoLogin("member@consortia.test", "Morgan Member", "Member representative (NHS trust)"),
            new DemoLogin("elected.member@consortia.test", "Cllr Ellis Member", "Elected Member"),
            new DemoLogin("secretariat@consortia.test", "Sid Secretariat", "Secretariat"),
            new DemoLogin("observer@consortia.test", "Orla Observer", "Observer, Shared Services Board"));

    /**
     * The authenticator-app key of the demo accounts that must sign in with a second factor (the
     * administrator and the council's oversight roles); published, as demo passwords are.
     */
    public static final String SECOND_FACTOR_KEY = "CONSORTIADEMOSECONDFACTORKEY2345";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DemoSeeder seeder;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    DemoRiskRegister riskRegister;

    @Inject
    DemoMeetings meetings;

    @Inject
    DemoMemorandum memorandum;

    @Inject
    DemoBusinessCase businessCases;

    @Inject
    DemoProgressReport progressReports;

    @Inject
    DemoAnnualReview annualReviews;

    @Inject
    DemoAnnualReport annualReport;

    @Inject
    DemoAtScale atScale;

    @PostConstruct
    void seedIfEmpty() {
        if (!DemoSettings.enabled()) {
            return;
        }
        if (seeder.databaseIsEmpty()) {
            Map<String, Long> workspaces = seeder.seedCouncilData(passwordHasher.hash(DemoSeeder.PASSWORD));
            workspaces.forEach((slug, id) -> CurrentWorkspace.runIn(id, () -> seeder.seedWorkspace(slug)));
            CurrentWorkspace.runIn(workspaces.get("community-safety"), riskRegister::seed);
            CurrentWorkspace.runIn(workspaces.get("community-safety"), memorandum::seed);
            CurrentWorkspace.runIn(workspaces.get("community-safety"), meetings::seed);
            CurrentWorkspace.runIn(workspaces.get("community-safety"), businessCases::seedApproved);
            CurrentWorkspace.runIn(workspaces.get("community-safety"), progressReports::seed);
            CurrentWorkspace.runIn(workspaces.get("community-safety"), annualReviews::seed);
            CurrentWorkspace.runIn(workspaces.get("shared-services"), businessCases::seedSubmitted);
            annualReport.seed();
            if (DemoSettings.large()) {
                seedAtScale(workspaces.get("community-safety"), workspaces.get("redditch-partnership"));
            }
        }
        StringBuilder banner = new StringBuilder("\n\n  Consortia is running at http://localhost:8080/\n")
                .append("  Demo logins (password \"").append(DemoSeeder.PASSWORD).append("\" for all):\n");
        LOGINS.forEach(login -> banner.append(String.format("    %-32s %s%n", login.email(), login.role())));
        banner.append("  The administrator and the council's oversight roles (strategy, cmt, executive, scrutiny) sign in\n")
                .append("  with a second factor: add the key ").append(SECOND_FACTOR_KEY)
                .append(" to an authenticator app.\n");
        LOG.info(banner.toString());
    }

    /**
     * 199 more partnerships of 50 register entries each (10,000 entries in all), 50 more member
     * organisations in the Community Safety Partnership, 1,000 revisions of its Memorandum and 200
     * meetings with 2,000 actions; the Redditch Partnership has 5 meetings with 50 actions beside it.
     */
    private void seedAtScale(long communitySafety, long redditch) {
        long started = System.nanoTime();
        for (int number = 1; number <= 199; number++) {
            int partnership = number;
            CurrentWorkspace.runIn(atScale.partnership(number),
                    () -> atScale.riskEntries(50, "Load test partnership " + partnership));
        }
        String passwordHash = passwordHasher.hash(DemoSeeder.PASSWORD);
        CurrentWorkspace.runIn(communitySafety, () -> {
            for (int number = 1; number <= 50; number++) {
                atScale.member(number, passwordHash);
            }
            for (int number = 1; number <= 1000; number++) {
                atScale.revision(number);
            }
            atScale.meetings(200, 10, "officer@consortia.test");
        });
        CurrentWorkspace.runIn(redditch, () -> atScale.meetings(5, 10, "officer@consortia.test"));
        LOG.info(String.format("Demo data at scale created in %.0f s", (System.nanoTime() - started) / 1e9));
    }
}
