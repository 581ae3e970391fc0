package org.consortia.mou;

import java.io.Serializable;
import java.util.List;

/**
 * What a SHA-256 printed on an agreement certificate is: which partnership's Memorandum, which
 * version, who signed that text, and how the Memorandum stands now.
 */
public record VerifiedCopy(String partnershipName, int version, List<MouSignature> signatures, int currentVersion,
        MouState stateNow) implements Serializable {

    /** Whether the copy is the agreed Memorandum as it stands now. */
    public boolean inForce() {
        return stateNow == MouState.AGREED && currentVersion == version;
    }

    /** How the copy stands against the Memorandum now, in a sentence. */
    public String standing() {
        if (inForce()) {
            return "This is the agreed Memorandum as it stands now.";
        }
        if (currentVersion == version) {
            return "This is the Memorandum's text as it stands now, but it is " + stateNow.label().toLowerCase()
                    + ", not agreed.";
        }
        return "The Memorandum has changed since this version: it is now version " + currentVersion + ", "
                + stateNow.label().toLowerCase() + ".";
    }
}
