package org.consortia.risk;

import java.io.Serializable;

/** An entry above its partnership's tolerance, as the council's portfolio view lists it. */
public record PortfolioEntry(long partnershipId, String partnership, String slug, long entryId, String title,
        String category, int residualScore, int tolerance) implements Serializable {
}
