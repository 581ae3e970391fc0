package org.consortia.tenancy;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.consortia.access.Action;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.hibernate.Session;

/**
 * The one explicit path across every workspace: a read-only session whose tenant sees all
 * partitions, and whose connection alone is allowed past PostgreSQL's row-level security (see
 * {@code WorkspaceConnections}). The council's oversight reports are checked against the
 * permission matrix and recorded in the oversight log; the few reads of names that are public or
 * the caller's own (the public register's members, a person's own workspaces) say why they cross.
 */
@Stateless
// The caller is resolved and the read checked in the caller's transaction, if any, where the caller
// is already known; the read itself runs apart (see CrossWorkspaceSessions).
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AllWorkspaces {

    @Inject
    CrossWorkspaceSessions sessions;

    @Inject
    CallerLookup callers;

    @Inject
    OversightLog oversightLog;

    /** Runs a read across all workspaces for a caller who may take the action; records that it did. */
    public <T> T read(Action action, String purpose, Function<Session, T> query) {
        Caller caller = callers.require(action);
        oversightLog.recordAcrossWorkspaces(caller.accountId(), purpose);
        return across(query);
    }

    /**
     * Runs a read across all workspaces that returns only what is public (the register) or the
     * caller's own (their workspaces), or that the portal itself needs to keep records true (the
     * terms of someone who moved). The query must restrict itself to such rows; {@code why} says
     * which it is, for whoever reads the code.
     */
    public <T> T readPublicOrOwn(String why, Function<Session, T> query) {
        return across(query);
    }

    private <T> T across(Function<Session, T> query) {
        return sessions.read(query);
    }
}
