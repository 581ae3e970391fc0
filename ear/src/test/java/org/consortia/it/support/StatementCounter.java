package org.consortia.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Counts what one page view asks of the database, from the portal's own Hibernate statistics read
 * through the server's management interface: the statements Hibernate prepares, plus one per
 * connection it takes, because on PostgreSQL each connection is first told its workspace (see
 * {@code WorkspaceConnections}). A cross-workspace read sends one statement more than counted, when
 * it puts its connection's setting back. The count is the same on every database and every run.
 */
public final class StatementCounter {

    /** What one request cost; a flush is Hibernate looking for changes to write, and writing them. */
    public record Cost(long statements, long transactions, long connections, long flushes) {

        public long total() {
            return statements + connections;
        }
    }

    private final ModelControllerClient management;
    private final ModelNode unit;

    /** Over the test server's management interface, as the user who started it. */
    public StatementCounter() {
        try {
            this.management = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", 9990);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.unit = persistenceUnit();
        ModelNode enable = operation("write-attribute");
        enable.get("name").set("statistics-enabled");
        enable.get("value").set(true);
        execute(enable);
    }

    /**
     * What each page costs the client, in the order given; each must answer 200. The first view fills
     * the caches; of the two views measured after it, the cheaper counts, so that the server's own
     * hourly clean-up, should it run meanwhile, is not charged to a page.
     */
    public Map<String, Cost> pageViews(PortalClient client, List<String> pages) {
        Map<String, Cost> costs = new LinkedHashMap<>();
        for (String page : pages) {
            assertEquals(200, client.get(page).status(), page);
            Cost first = of(() -> assertEquals(200, client.get(page).status(), page));
            Cost second = of(() -> assertEquals(200, client.get(page).status(), page));
            costs.put(page, first.total() + first.transactions() <= second.total() + second.transactions() ? first : second);
        }
        costs.forEach((page, cost) -> System.out.printf("%-90s statements %3d transactions %2d connections %2d flushes %2d%n",
                page, cost.statements(), cost.transactions(), cost.connections(), cost.flushes()));
        return costs;
    }

    /** The database cost of the work, which must be the only thing the portal serves meanwhile. */
    public Cost of(Runnable work) {
        ModelNode before = settled();
        work.run();
        ModelNode after = settled();
        return new Cost(delta(before, after, "prepared-statement-count"),
                delta(before, after, "completed-transaction-count"), delta(before, after, "connect-count"),
                delta(before, after, "flush-count"));
    }

    private static long delta(ModelNode before, ModelNode after, String attribute) {
        return after.get(attribute).asLong() - before.get(attribute).asLong();
    }

    /**
     * The figures once the requests before have ended: a page's transaction commits after its last
     * byte has been sent, so the figures are read until two readings a little apart agree.
     */
    private ModelNode settled() {
        ModelNode previous = statistics();
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            ModelNode now = statistics();
            if (now.get("completed-transaction-count").equals(previous.get("completed-transaction-count"))
                    && now.get("session-close-count").equals(now.get("session-open-count"))) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private ModelNode statistics() {
        ModelNode read = operation("read-resource");
        read.get("include-runtime").set(true);
        return execute(read);
    }

    private ModelNode persistenceUnit() {
        ModelNode find = new ModelNode();
        find.get("operation").set("read-resource");
        ModelNode address = find.get("address");
        address.add("deployment", "consortia.ear");
        address.add("subsystem", "jpa");
        address.add("hibernate-persistence-unit", "*");
        ModelNode found = execute(find);
        return found.get(0).get("address");
    }

    private ModelNode operation(String name) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").set(unit);
        return operation;
    }

    private ModelNode execute(ModelNode operation) {
        try {
            ModelNode outcome = management.execute(operation);
            if (!"success".equals(outcome.get("outcome").asString())) {
                throw new IllegalStateException(operation + " failed: " + outcome);
            }
            return outcome.get("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
