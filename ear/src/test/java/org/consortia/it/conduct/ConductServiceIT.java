package org.consortia.it.conduct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.attention.AttentionItem;
import org.consortia.attention.AttentionService;
import org.consortia.conduct.ConductCode;
import org.consortia.conduct.ConductService;
import org.consortia.conduct.ConductStatus;
import org.consortia.conduct.OrganisationSignatures;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.RunAs;
import org.consortia.it.support.Scenario;
import org.consortia.tenancy.WorkspaceNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Publishing the code of conduct, signing it, and seeing who has not signed. */
@ExtendWith(ArquillianExtension.class)
class ConductServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(ConductServiceIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    RunAs as;

    @Inject
    ConductService conduct;

    @Inject
    AttentionService attention;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    private ConductStatus status(String email) {
        return as.inWorkspace(email, world.partnershipA, conduct::current);
    }

    private boolean asked(String email) {
        return as.inWorkspace(email, world.partnershipA, attention::forCurrentWorkspace).stream()
                .map(AttentionItem::title).anyMatch("Sign the code of conduct"::equals);
    }

    private void signAs(String email) {
        int shown = status(email).code().getCodeVersion();
        as.inWorkspace(email, world.partnershipA, () -> conduct.sign(shown));
    }

    @Test
    void signingAVersionThatIsNoLongerCurrentIsRefused() {
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> conduct.publish(1, "<p>Version two.</p>"));
        InvalidInputException stale = assertThrows(InvalidInputException.class,
                () -> as.inWorkspace(world.memberOfA, world.partnershipA, () -> conduct.sign(1)));
        assertEquals(Map.of("sign", "A new version, 2, was published after you opened the page. Read it, then sign"
                + " again."), stale.messagesByField());
    }

    @Test
    void theFirstCodeUsesTheFrameworksDisreputePoints() {
        ConductCode code = status(world.memberOfA).code();
        assertEquals(1, code.getCodeVersion());
        assertTrue(code.getContent().contains("must ensure that activities are not undertaken for political purposes"));
    }

    @Test
    void everyRepresentativeSignsAndTheChairSeesWhoHasNot() {
        assertTrue(asked(world.memberOfA));
        signAs(world.memberOfA);
        assertFalse(asked(world.memberOfA));
        assertTrue(status(world.memberOfA).signedByCaller());

        ConductStatus chairSees = status(world.chairOfA);
        assertEquals(List.of(new OrganisationSignatures("Partner " + world.tag, List.of("Person " + world.memberOfA),
                List.of("Person " + world.chairOfA, "Person " + world.observerOfA))), chairSees.organisations());
        assertTrue(chairSees.mayPublish());
        assertFalse(status(world.memberOfA).mayPublish());
        assertEquals(List.of("Still to sign the current version: Partner " + world.tag + " (Person " + world.chairOfA
                        + ", Person " + world.observerOfA + ")."),
                as.inWorkspace(world.chairOfA, world.partnershipA, attention::forCurrentWorkspace).stream()
                        .filter(item -> item.title().equals("Representatives still to sign the code of conduct"))
                        .map(AttentionItem::detail).toList(), "the chair's list says who has still to sign");

        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> signAs(world.memberOfA));
        assertEquals(Map.of("sign", "You have already signed version 1."), twice.messagesByField());
    }

    @Test
    void aNewVersionAsksEveryoneToSignAgain() {
        signAs(world.memberOfA);
        ConductCode second = as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> conduct.publish(1, "<p>Be kind.</p><script>alert(1)</script>"));
        assertEquals(2, second.getCodeVersion());
        assertEquals("<p>Be kind.</p>", second.getContent());
        assertTrue(asked(world.memberOfA));
        assertFalse(status(world.memberOfA).signedByCaller());

        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.memberOfA, world.partnershipA,
                () -> conduct.publish(2, "<p>My own rules.</p>")));
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> as.inWorkspace(world.chairOfA,
                world.partnershipA, () -> conduct.publish(2, "<p>  </p>")));
        assertEquals(Map.of("content", "Write the code of conduct before publishing it."), empty.messagesByField());
    }

    @Test
    void oversightVisitorsDoNotSignAndOtherWorkspacesAreOutOfReach() {
        assertThrows(AccessDeniedException.class, () -> as.inWorkspace(world.cmt, world.partnershipA, () -> conduct.sign(1)));
        assertThrows(WorkspaceNotFoundException.class,
                () -> as.inWorkspace(world.chairOfA, world.partnershipB, conduct::current));
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> conduct.publish(1, "<p>Version two in A.</p>"));
        assertEquals(1, as.inWorkspace(world.chairOfB, world.partnershipB, conduct::current).code().getCodeVersion());
    }

    @Test
    void publishingOverAVersionSomeoneElseReplacedMeanwhileIsRefused() {
        as.inWorkspace(world.chairOfA, world.partnershipA, () -> conduct.publish(1, "<p>The first chair writes this.</p>"));
        assertThrows(ConcurrentEditException.class, () -> as.inWorkspace(world.chairOfA, world.partnershipA,
                () -> conduct.publish(1, "<p>The second chair's text, started from version one.</p>")));
        ConductStatus current = status(world.memberOfA);
        assertEquals(2, current.code().getCodeVersion());
        assertEquals("<p>The first chair writes this.</p>", current.code().getContent());
    }
}
