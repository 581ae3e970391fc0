package org.consortia.mou;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.text.InWords;

/**
 * Saving would void signatures the editor was not told about. Nothing was saved; the exception
 * names the organisations, so the editor can be asked to confirm and save again.
 */
@ApplicationException(rollback = true)
public class SignaturesWouldBeVoidedException extends RuntimeException {

    private final List<String> organisations;
    private final Set<Long> signatureIds;

    public SignaturesWouldBeVoidedException(List<MouSignature> signatures) {
        super("Saving will void the signatures of " + InWords.list(MouSignature.organisationNames(signatures))
                + ": they will have to sign the changed text again. Nothing has been saved yet.");
        this.organisations = MouSignature.organisationNames(signatures);
        this.signatureIds = signatures.stream().map(MouSignature::getId).collect(Collectors.toUnmodifiableSet());
    }

    public List<String> organisations() {
        return organisations;
    }

    /** The signatures to confirm voiding when saving again. */
    public Set<Long> signatureIds() {
        return signatureIds;
    }
}
