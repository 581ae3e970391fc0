package org.consortia.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;

/**
 * The score (likelihood x impact, 1 to 25) above which the partners agree an entry needs their
 * attention: the tolerance level of Appendix 8, section 2.3.
 */
@Entity
@Table(name = "risk_tolerance")
@Audited
public class RiskTolerance extends WorkspaceEntity {

    public static final int DEFAULT_SCORE = 12;

    @Column(nullable = false)
    private int score = DEFAULT_SCORE;

    public int getScore() {
        return score;
    }

    public void setScore(int score) {
        this.score = score;
    }
}
