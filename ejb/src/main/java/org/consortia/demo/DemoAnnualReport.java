package org.consortia.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.consortia.annualreport.AnnualReport;
import org.consortia.identity.Account;
import org.consortia.text.UkDates;

/**
 * This financial year's annual report, drafted and agreed by the Head of Strategy & Partnerships:
 * it waits for the Acting Deputy Chief Executive, whose agreement issues it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoAnnualReport {

    @PersistenceContext
    EntityManager entityManager;

    public void seed() {
        AnnualReport report = new AnnualReport(AnnualReport.yearOf(LocalDate.now(UkDates.LONDON)), Instant.now());
        report.rewrite("The Community Safety Partnership was reviewed and found working effectively in most sections;"
                        + " its register needs continuity plans. The Shared Services Board is still forming: its"
                        + " business case waits for a decision.",
                "Train the chairs of every partnership in managing risk and opportunity.\n"
                        + "Agree the Shared Services Board's business case before the next review programme begins.");
        report.agreeAsStrategy(entityManager.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", "strategy@consortia.test").getSingleResult());
        entityManager.persist(report);
    }
}
