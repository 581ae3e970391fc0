package org.consortia.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

/**
 * A {@link Scenario} built in the server for a test over HTTP or in a browser, seen from the test:
 * two partnerships of its own, their members and council staff in every council role, named uniquely,
 * so that the test edits nothing that the demo data or another test relies on. The portal must be
 * deployed with {@link Deployments#portalWithScenarios()}.
 */
public final class HttpScenario {

    /** The password of every account the scenario creates. */
    public static final String PASSWORD = Fixtures.PASSWORD;

    public final String tag;
    public final String admin;
    public final String strategy;
    public final String headOfService;
    public final String otherHeadOfService;
    public final String cmt;
    /** Chair of partnership A, for its partner organisation. */
    public final String chairOfA;
    /** Member representative and signatory of the partner organisation in A. */
    public final String memberOfA;
    public final String observerOfA;
    public final String chairOfB;
    /** Works for an organisation that is a member of neither partnership. */
    public final String outsider;
    public final String slugA;
    public final String slugB;
    public final long partnershipA;
    public final long partnershipB;
    /** With {@link Extra#APPROVAL_CHAIN}: A's officer representative for the council, and the chain's people. */
    public final String officer;
    public final String director;
    public final String finance;
    public final String legal;
    public final String executive;
    public final String portfolioHolder;
    public final String deputyChiefExecutive;
    public final String scrutiny;

    private HttpScenario(Properties built) {
        tag = built.getProperty("tag");
        admin = built.getProperty("admin");
        strategy = built.getProperty("strategy");
        headOfService = built.getProperty("headOfService");
        otherHeadOfService = built.getProperty("otherHeadOfService");
        cmt = built.getProperty("cmt");
        chairOfA = built.getProperty("chairOfA");
        memberOfA = built.getProperty("memberOfA");
        observerOfA = built.getProperty("observerOfA");
        chairOfB = built.getProperty("chairOfB");
        outsider = built.getProperty("outsider");
        slugA = built.getProperty("slugA");
        slugB = built.getProperty("slugB");
        partnershipA = Long.parseLong(built.getProperty("partnershipA"));
        partnershipB = Long.parseLong(built.getProperty("partnershipB"));
        officer = built.getProperty("officer");
        director = built.getProperty("DIRECTOR");
        finance = built.getProperty("HEAD_OF_FINANCE");
        legal = built.getProperty("HEAD_OF_LEGAL");
        executive = built.getProperty("EXECUTIVE");
        portfolioHolder = built.getProperty("PORTFOLIO_HOLDER");
        deputyChiefExecutive = built.getProperty("DEPUTY_CHIEF_EXECUTIVE");
        scrutiny = built.getProperty("SCRUTINY");
    }

    /** What a scenario can be built with besides its people and partnerships. */
    public enum Extra {
        /** The Head of Service is the council's officer representative in A, the other its elected member. */
        COUNCIL_REPRESENTATIVES_IN_A("councilRepresentatives=appointed"),
        /** As {@link #COUNCIL_REPRESENTATIVES_IN_A}, with the officer named the council's signatory. */
        COUNCIL_SIGNATORY_IN_A("councilRepresentatives=signing"),
        /** Every heading of A's Memorandum is written, so that it can be put for agreement. */
        WRITTEN_MEMORANDUM_IN_A("memorandum=written"),
        /** The other Head of Service is A's secretariat, for the council: they keep its meetings with the chair. */
        COUNCIL_SECRETARIAT_IN_A("secretariat=appointed"),
        /**
         * A council officer represents the council in A, and the council's other roles have their people: the
         * business case's approval chain, the Portfolio Holder, the Acting Deputy Chief Executive and Scrutiny.
         */
        APPROVAL_CHAIN("approvalChain=named"),
        /** The Council entered A on 31 August 2026 and contributes to it financially: A is performing. */
        COUNCIL_ENTERED_A("entered=2026-08-31"),
        /** The terms of A's member representative and of B's chair end in twenty days: deadlines for them and their chairs. */
        TERMS_ENDING("termsEnd=20"),
        /** The outsider represents their organisation in both partnerships, their term ending in forty days in A and ten in B. */
        OUTSIDER_IN_BOTH("outsiderInBoth=terms");

        private final String option;

        Extra(String option) {
            this.option = option;
        }
    }

    /** Builds a new scenario in the server, with the extras named. */
    public static HttpScenario build(Extra... extras) {
        return build(String.join("&", java.util.Arrays.stream(extras).map(extra -> extra.option).toList()));
    }

    /** Builds a new scenario in the server, with entries in A's risk register (see {@link #entryInA}). */
    public static HttpScenario withEntriesInA(int entries) {
        return build("entries=" + entries);
    }

    private static HttpScenario build(String options) {
        HttpRequest request = HttpRequest.newBuilder(PortalClient.BASE.resolve(Deployments.SCENARIOS
                        + "/scenario?" + options))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The scenario was not built: " + response.statusCode() + " " + response.body());
            }
            Properties built = new Properties();
            built.load(new StringReader(response.body()));
            return new HttpScenario(built);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The title of one of the entries the scenario was built with in A's register, counting from 0. */
    public String entryInA(int number) {
        return "Entry " + tag + " " + number;
    }

    /** A client signed in as the person, with the scenario's password. */
    public PortalClient signedIn(String email) {
        return new PortalClient().signedInAs(email, PASSWORD);
    }

    /** The address of a page of workspace A, e.g. {@code inA("risks")}. */
    public String inA(String page) {
        return "/w/" + slugA + (page.isEmpty() ? "" : "/" + page);
    }
}
