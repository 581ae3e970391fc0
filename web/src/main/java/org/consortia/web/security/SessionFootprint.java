package org.consortia.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the open sessions weigh: the size of each one's attributes serialised, as the server would
 * write them to disk on a restart or send them to another node. Attributes that cannot be
 * serialised are named, with the class that stops them, since they would be lost.
 */
public record SessionFootprint(int sessions, long averageBytes, long largestBytes, Set<String> unserialisable) {

    static SessionFootprint of(Collection<HttpSession> open) {
        long total = 0;
        long largest = 0;
        int measured = 0;
        Set<String> unserialisable = new TreeSet<>();
        for (HttpSession session : open) {
            long size;
            try {
                size = sizeOf(session, unserialisable);
            } catch (IllegalStateException ended) {
                continue;
            }
            total += size;
            largest = Math.max(largest, size);
            measured++;
        }
        return new SessionFootprint(measured, measured == 0 ? 0 : total / measured, largest,
                Collections.unmodifiableSet(unserialisable));
    }

    private static long sizeOf(HttpSession session, Set<String> unserialisable) {
        long size = 0;
        for (String name : Collections.list(session.getAttributeNames())) {
            Counter counter = new Counter();
            try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
                out.writeObject(session.getAttribute(name));
            } catch (NotSerializableException notSerialisable) {
                unserialisable.add(name + " (holds a " + notSerialisable.getMessage() + ")");
            } catch (IOException | RuntimeException notSerialisable) {
                unserialisable.add(name);
            }
            size += counter.bytes;
        }
        return size;
    }

    /** Counts what is written and keeps none of it. */
    private static final class Counter extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }
}
