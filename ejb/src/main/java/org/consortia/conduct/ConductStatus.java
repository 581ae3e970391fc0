package org.consortia.conduct;

import java.io.Serializable;
import java.util.List;

/** The current code of conduct, whether the caller has signed it, and who has not, per organisation. */
public record ConductStatus(ConductCode code, boolean signedByCaller, boolean maySign, boolean mayPublish,
        List<OrganisationSignatures> organisations) implements Serializable {
}
