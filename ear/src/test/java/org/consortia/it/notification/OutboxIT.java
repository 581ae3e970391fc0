package org.consortia.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.consortia.it.support.Deployments;
import org.consortia.it.support.Fixtures;
import org.consortia.it.support.Scenario;
import org.consortia.notification.Outbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox keeps one e-mail for each event and person, whether the event is queued again later or
 * by two threads at the same moment, and a message for each person the event concerns.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services(OutboxIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Outbox outbox;

    private Scenario world;

    @BeforeEach
    void createWorld() {
        world = new Scenario(fixtures);
    }

    private boolean queue(String key, long recipientId) {
        return outbox.queue(key, recipientId, "The Memorandum is out for agreement", "Read it and sign.",
                "<p>Read it and sign.</p>", false, Instant.now());
    }

    private long rows(String key) {
        return fixtures.count("select count(m) from OutboxMessage m where m.eventKey = '" + key + "'");
    }

    @Test
    void anEventIsQueuedOnceForEachPerson() {
        String key = "mou-out-for-agreement:" + world.tag;
        assertTrue(queue(key, world.chairOfAId));
        assertFalse(queue(key, world.chairOfAId), "queued again, by a rerun or a restart");
        assertTrue(queue(key, world.memberOfAId), "each person the event concerns gets their own");
        assertEquals(2, rows(key));
    }

    @Test
    void twoThreadsQueueingTheSameEventAtOnceQueueItOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String key = "minutes-to-approve:" + world.tag + ":" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int thread = 0; thread < 2; thread++) {
                    results.add(threads.submit(() -> {
                        start.await();
                        return queue(key, world.chairOfAId);
                    }));
                }
                start.countDown();
                int queued = 0;
                for (Future<Boolean> result : results) {
                    queued += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertEquals(1, queued, "one of the two queued it in round " + round);
                assertEquals(1, rows(key));
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
