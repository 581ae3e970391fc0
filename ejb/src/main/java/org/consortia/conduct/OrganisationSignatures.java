package org.consortia.conduct;

import java.io.Serializable;
import java.util.List;

/** For one member organisation: which of its representatives have signed the current code, and which not. */
public record OrganisationSignatures(String organisation, List<String> signed, List<String> unsigned) implements Serializable {
}
