package org.consortia.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.consortia.mou.Mou;
import org.consortia.mou.MouHeading;
import org.consortia.mou.MouSection;
import org.consortia.mou.StartingText;

/**
 * The Community Safety Partnership's draft Memorandum for the demo: every heading written, so the
 * chair can put it for agreement at once and each member organisation's signatory can sign it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoMemorandum {

    private static final Map<MouHeading, String> TEXT = Map.ofEntries(
            Map.entry(MouHeading.AIMS_AND_OBJECTIVES, "<p><strong>Reduce crime and disorder</strong> in Redditch by"
                    + " working together on the places and people most affected.</p><p><strong>Reduce the fear of"
                    + " crime</strong>, so that residents feel safe in their homes, streets and town centre.</p>"),
            Map.entry(MouHeading.TERMS_OF_REFERENCE, "<ol><li>Agree and publish a three-year community safety plan"
                    + " based on the annual strategic assessment.</li><li>Commission and monitor the work that"
                    + " delivers the plan.</li><li>Share information lawfully between partners to prevent"
                    + " crime.</li></ol>"),
            Map.entry(MouHeading.ROLES_AND_RESPONSIBILITIES, "<p>West Mercia Police leads on enforcement and"
                    + " intelligence; Redditch Borough Council on licensing, CCTV and the night-time economy; the NHS"
                    + " trust on mental health and substance misuse; Redditch Community Housing on anti-social"
                    + " behaviour in its homes; Redditch Voluntary Action brings the voluntary and community sector's"
                    + " voice and provides the secretariat.</p>"),
            Map.entry(MouHeading.MEMBERSHIP_AND_TERMS_OF_OFFICE, "<p>Each member organisation names one"
                    + " representative and may name a deputy. Representatives serve for four years and may be named"
                    + " again. The chair and vice-chair are chosen by the members every two years. The membership is"
                    + " reviewed each April.</p>"),
            Map.entry(MouHeading.EQUALITIES_AND_INCLUSION, "<p>The partnership values the diversity of Redditch"
                    + " and treats everyone fairly. It carries out an Equality Impact Assessment of its plan within"
                    + " six months of agreeing it.</p>"),
            Map.entry(MouHeading.ACCOUNTABILITY, "<p>The partnership reports each year to the council's Overview"
                    + " and Scrutiny Committee and to the Police and Crime Commissioner. Each member is accountable"
                    + " to the others for the actions it agrees to take.</p>"),
            Map.entry(MouHeading.MEETINGS, "<p>We meet <strong>quarterly</strong>, in public unless an item is"
                    + " confidential. The chair may call an extraordinary meeting at ten days' notice. Three member"
                    + " organisations make a quorum. Interests are declared at the start of each item, and a member"
                    + " with a prejudicial interest withdraws.</p>"),
            Map.entry(MouHeading.DISREPUTE_AND_CONFLICT_RESOLUTION, "<p>Members must not use their position"
                    + " improperly, nor undertake the partnership's activities for political purposes. Disagreements"
                    + " go first to the chair and vice-chair, then to a meeting of all members.</p>"),
            Map.entry(MouHeading.SECRETARIAL_SUPPORT, "<p>Redditch Voluntary Action provides the"
                    + " secretariat and keeps the partnership's records.</p>"),
            Map.entry(MouHeading.TERMINATION, "<p>A member leaving the partnership gives three months' notice in"
                    + " writing to the chair and the secretariat.</p>"),
            Map.entry(MouHeading.REVIEW_AND_ALTERATION, "<p>The Memorandum is reviewed every year in April. Any"
                    + " member may propose a change; a change takes effect when every member has signed it.</p>"),
            Map.entry(MouHeading.SHARED_RISK_MANAGEMENT, "<p>The partners keep a joint risk register, reviewed at"
                    + " every quarterly meeting against the tolerance they have agreed.</p>"));

    @PersistenceContext
    EntityManager entityManager;

    /** Call inside the Community Safety Partnership's workspace. */
    public void seed() {
        Mou mou = new Mou();
        entityManager.persist(mou);
        for (MouHeading heading : MouHeading.values()) {
            entityManager.persist(new MouSection(mou, heading, TEXT.getOrDefault(heading, StartingText.of(heading))));
        }
    }
}
