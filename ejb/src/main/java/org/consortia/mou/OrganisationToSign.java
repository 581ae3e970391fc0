package org.consortia.mou;

import java.io.Serializable;

/**
 * A member organisation that has not signed the current version, with the names of its signatory
 * and deputy in office (null where none is named).
 */
public record OrganisationToSign(String organisation, String signatory, String deputy) implements Serializable {

    /** "signs: Chris Chair (deputy: Pat Deputy)", or that nobody is named yet. */
    public String whoSigns() {
        if (signatory == null && deputy == null) {
            return "no signatory named yet";
        }
        if (signatory == null) {
            return "signatory to be named; deputy: " + deputy;
        }
        return "signatory: " + signatory + (deputy == null ? "" : "; deputy: " + deputy);
    }
}
