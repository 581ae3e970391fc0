package org.consortia.access;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * Remembers what a transaction has already worked out, such as who the caller is and what they are
 * in the workspace, so that the services one page view calls (all in the page's transaction) ask the
 * database once. Nothing outlives the transaction, so a right that ends is gone by the next request;
 * outside a transaction nothing is remembered at all.
 */
@ApplicationScoped
public class TransactionMemo {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The value the transaction holds under the key, worked out now if it holds none. */
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> work) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return work.get();
        }
        Object known = transactions.getResource(key);
        if (known != null) {
            return (T) known;
        }
        T value = work.get();
        if (value != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.putResource(key, value);
        }
        return value;
    }
}
