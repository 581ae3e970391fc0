package org.consortia.web.mou;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.consortia.access.InvalidInputException;
import org.consortia.mou.MouVerification;
import org.consortia.mou.VerifiedCopy;
import org.consortia.web.faces.FieldMessages;

/** Checks the SHA-256 printed on an agreement certificate, given in the page's address. */
@Named
@RequestScoped
public class MouVerifyView {

    @Inject
    MouVerification verification;

    private String hash;
    private VerifiedCopy copy;
    private boolean checked;

    public void load() {
        if (hash == null || hash.isBlank()) {
            return;
        }
        try {
            copy = verification.verify(hash).orElse(null);
            checked = true;
        } catch (InvalidInputException invalid) {
            FieldMessages.show(invalid, field -> "hash");
        }
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }

    /** The version the fingerprint belongs to; null when none here does or nothing was checked. */
    public VerifiedCopy getCopy() {
        return copy;
    }

    /** Whether a well-formed fingerprint was looked up. */
    public boolean isChecked() {
        return checked;
    }
}
