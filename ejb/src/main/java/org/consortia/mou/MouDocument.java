package org.consortia.mou;

import java.io.Serializable;
import java.util.List;

/**
 * The Memorandum as a page shows it: its sections in heading order, its signatures, the member
 * organisations that still have to sign the current version and who signs for each, and what the
 * caller may do: whether they sign for their organisation now, their organisation's signature of
 * this version if it has signed, or whom to ask if they do not sign for it.
 */
public record MouDocument(Mou mou, List<MouSection> sections, List<MouSignature> signatures,
        List<OrganisationToSign> awaitingSignature, boolean significant, boolean mayEdit, boolean mayChangeState,
        boolean maySign, MouSignature ourSignature, String signingAdvice) implements Serializable {

    /** Headings still empty, which a significant partnership must fill before agreement. */
    public List<MouHeading> emptyHeadings() {
        return sections.stream().filter(MouSection::isEmpty).map(MouSection::getHeading).toList();
    }

    public List<MouSignature> validSignatures() {
        return signatures.stream().filter(MouSignature::isValid).toList();
    }
}
