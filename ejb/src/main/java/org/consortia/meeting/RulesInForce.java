package org.consortia.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The current workspace's meeting rules as stored, or the defaults while none are; for the
 * meeting services, which have checked the caller may read the workspace.
 */
@ApplicationScoped
public class RulesInForce {

    @PersistenceContext
    EntityManager entityManager;

    public Optional<MeetingRules> stored() {
        return entityManager.createQuery("select r from MeetingRules r", MeetingRules.class)
                .getResultStream().findFirst();
    }

    public MeetingRules read() {
        return stored().orElseGet(MeetingRules::new);
    }
}
