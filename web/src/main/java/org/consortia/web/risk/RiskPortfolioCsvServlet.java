package org.consortia.web.risk;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.consortia.risk.PortfolioEntry;
import org.consortia.risk.RiskPortfolioService;
import org.consortia.web.register.CsvCells;

/**
 * The council's portfolio of entries above tolerance as CSV, highest score first. Oversight roles
 * only: the service refuses anyone else.
 */
@WebServlet("/partnerships/risks.csv")
public class RiskPortfolioCsvServlet extends HttpServlet {

    @Inject
    RiskPortfolioService portfolio;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var entries = portfolio.aboveTolerance();
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"risks-above-tolerance.csv\"");
        PrintWriter out = response.getWriter();
        out.write('\ufeff');
        out.write(CsvCells.row("Partnership", "Workspace", "Entry", "Category", "Score after controls", "Tolerance"));
        for (PortfolioEntry e : entries) {
            out.write(CsvCells.row(e.partnership(), e.slug(), e.title(), e.category(), e.residualScore(), e.tolerance()));
        }
    }
}
