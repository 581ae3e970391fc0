package org.consortia.web.mou;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.mou.MouDocument;
import org.consortia.mou.MouHeading;
import org.consortia.mou.MouSection;
import org.consortia.mou.MouService;
import org.consortia.mou.MouSigning;
import org.consortia.mou.MouSignature;
import org.consortia.mou.SectionChange;
import org.consortia.mou.SectionConflictException;
import org.consortia.mou.SignaturesWouldBeVoidedException;
import org.consortia.web.faces.FieldMessages;

/**
 * The Memorandum of Understanding page: every section with the model's guidance, one section at a
 * time in the editor, the merge view after a conflict, and agreement and signing. What the user
 * typed stays in the editor whatever the service answers.
 */
@Named
@ViewScoped
public class MouView implements Serializable {

    @Inject
    MouService mou;

    @Inject
    MouSigning signing;

    private MouDocument document;
    private List<SectionChange> changesSinceSigned;

    private MouHeading editing;
    private long startingVersion;
    private String draft;
    private SectionConflictException conflict;
    /** The signatures the editor has been told saving voids, and whether they confirmed it. */
    private Set<Long> voidingShown = Set.of();
    private List<String> voidingOrganisations = List.of();
    private boolean voidingConfirmed;

    private String password;
    private String code;
    private LocalDate reviewDate;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        document = mou.current();
        reviewDate = document.mou().getReviewDate();
        changesSinceSigned = mou.changesSinceOurSignature();
    }

    public List<SectionChange> getChangesSinceSigned() {
        return changesSinceSigned;
    }

    public void edit(MouSection section) {
        editing = section.getHeading();
        startingVersion = section.getVersion();
        draft = section.getContent();
        conflict = null;
        List<MouSignature> signed = document.validSignatures();
        voidingShown = signed.stream().map(MouSignature::getId).collect(Collectors.toUnmodifiableSet());
        voidingOrganisations = MouSignature.organisationNames(signed);
        voidingConfirmed = false;
    }

    public void save() {
        try {
            mou.saveSection(editing, startingVersion, draft, voidingConfirmed ? voidingShown : Set.of());
            FieldMessages.info("\"" + editing.title() + "\" has been saved."
                    + (voidingShown.isEmpty() || !voidingConfirmed ? "" : " The signatures it voided have to be given again."));
            editing = null;
            conflict = null;
            refresh();
        } catch (SignaturesWouldBeVoidedException voiding) {
            boolean toldBefore = voidingShown.equals(voiding.signatureIds());
            voidingShown = voiding.signatureIds();
            voidingOrganisations = voiding.organisations();
            voidingConfirmed = false;
            FieldMessages.error(null, "There is a problem: check the fields marked below. Nothing has been saved.");
            FieldMessages.error("editor:voidSignatures", toldBefore
                    ? "Confirm that saving may void the signatures of " + String.join(", ", voidingOrganisations)
                            + ", or cancel."
                    : voiding.getMessage() + " Someone signed while you were editing: confirm again to save.");
            refresh();
        } catch (SectionConflictException clash) {
            conflict = clash;
            startingVersion = clash.theirVersion();
            FieldMessages.conflict(clash, "Their text and the differences are shown beside yours:"
                    + " merge them in the editor and save again.");
            refresh();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("editor", invalid);
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            FieldMessages.conflict(refused, "Your text is still in the editor.");
            refresh();
        }
    }

    public void cancel() {
        editing = null;
        conflict = null;
        voidingShown = Set.of();
        voidingOrganisations = List.of();
    }

    public void putForAgreement() {
        try {
            mou.putForAgreement();
            FieldMessages.info("The Memorandum has been put to the members for agreement.");
        } catch (InvalidInputException invalid) {
            // A heading's problem is shown beside the heading, whose section has the field's name as its id.
            FieldMessages.show(invalid, field -> field.startsWith("section-") ? field : null);
        }
        refresh();
    }

    public void startReview() {
        try {
            mou.startReview();
            FieldMessages.info("The Memorandum is now under review and can be changed.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("agreement", invalid);
        }
        refresh();
    }

    public void saveReviewDate() {
        try {
            mou.setReviewDate(document.mou().getReviewDate(), reviewDate);
            FieldMessages.info("The review date has been saved.");
            refresh();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("review", invalid);
        } catch (ConcurrentEditException conflict) {
            LocalDate typed = reviewDate;
            refresh();
            reviewDate = typed;
            FieldMessages.conflict(conflict, "The date now saved is shown above; your date is still"
                    + " in the box: save again to replace it.");
        }
    }

    public void sign() {
        try {
            signing.sign(password, code, document.mou().getContentVersion());
            FieldMessages.info("You have signed this version of the Memorandum for your organisation.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("signing", invalid);
        } catch (AccessDeniedException refused) {
            FieldMessages.error(null, refused.getMessage() + " Nothing was signed.");
        } finally {
            password = null;
            code = null;
        }
        refresh();
    }

    public boolean isEditing(MouSection section) {
        return section.getHeading() == editing;
    }

    public String shortHash(String hash) {
        return hash.substring(0, 12) + "…";
    }

    public MouDocument getDocument() {
        return document;
    }

    public MouHeading getEditing() {
        return editing;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }

    /** The organisations whose signatures saving voids, as the editor was told; empty when none would be. */
    public List<String> getVoidingOrganisations() {
        return voidingOrganisations;
    }

    public boolean isVoidingConfirmed() {
        return voidingConfirmed;
    }

    public void setVoidingConfirmed(boolean voidingConfirmed) {
        this.voidingConfirmed = voidingConfirmed;
    }

    public SectionConflictException getConflict() {
        return conflict;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
