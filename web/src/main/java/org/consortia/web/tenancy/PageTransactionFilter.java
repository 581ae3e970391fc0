package org.consortia.web.tenancy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import org.consortia.access.ReadOnlyTransactions;

/**
 * Serves each page view outside the workspaces (home, the partnership database, administration) in
 * one transaction. Workspace addresses are left to {@link WorkspaceFilter}, which begins theirs once
 * the workspace is known.
 */
public class PageTransactionFilter extends HttpFilter {

    @Resource
    UserTransaction transaction;

    @Inject
    ReadOnlyTransactions readOnly;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = PageTransaction.pathOf(request);
        boolean workspaceAddress = path.startsWith("/w/") || path.startsWith("/api/w/") || path.startsWith("/workspace/");
        if (workspaceAddress || !PageTransaction.isView(request)) {
            chain.doFilter(request, response);
            return;
        }
        PageTransaction.run(transaction, readOnly, () -> chain.doFilter(request, response));
    }
}
