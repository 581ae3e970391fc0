package org.consortia.mou;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.Action;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.access.RecordNotFoundException;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryService;
import org.consortia.history.Snapshot;
import org.consortia.history.TextDiff;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.listing.Page;
import org.consortia.membership.Membership;
import org.consortia.partnership.Partnership;
import org.consortia.richtext.RichText;
import org.consortia.saving.OptimisticSave;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.tenancy.WorkspaceRecords;
import org.consortia.history.LastChanges;

/**
 * The Memorandum of Understanding of the current workspace (section 7 and Appendix 10). Members
 * co-edit its sections; an edit voids the signatures, once the editor has confirmed it; the chair
 * puts it for agreement and starts its reviews. Signing it is {@link MouSigning}'s job.
 */
@Stateless
public class MouService {

    /** The most versions of a section read at once. */
    public static final int MOST_REVISIONS_AT_ONCE = 50;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    CallerLookup callers;

    @Inject
    MouNotices notices;

    @Inject
    HistoryService history;

    @Inject
    MouRecords records;

    @Inject
    LastChanges lastChanges;

    @Inject
    OptimisticSave saves;

    /**
     * The Memorandum itself (state, version, review date) for pages that only mention it, without its
     * text or signatures; anyone who may see the workspace.
     */
    public Mou summary() {
        access.require(Action.VIEW_WORKSPACE);
        return records.mouOfWorkspace();
    }

    /**
     * The Memorandum with its sections and signatures, who still has to sign and who signs for
     * them, and where the caller stands; anyone who may see the workspace.
     */
    public MouDocument current() {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        Mou mou = records.mouOfWorkspace();
        List<MouSection> sections = records.sections(mou);
        List<MouSignature> signatures = entityManager.createQuery("select s from MouSignature s join fetch s.organisation"
                        + " join fetch s.signatory where s.mou = :mou order by s.signedAt desc", MouSignature.class)
                .setParameter("mou", mou)
                .getResultList();
        Map<Long, MouSignature> signedNow = signatures.stream()
                .filter(s -> s.isValid() && s.getContentVersion() == mou.getContentVersion())
                .collect(Collectors.toMap(s -> s.getOrganisation().getId(), s -> s, (first, second) -> first));
        LocalDate today = LocalDate.now();
        List<Membership> members = entityManager.createNamedQuery("Membership.currentWithSignatories", Membership.class)
                .getResultList();
        List<OrganisationToSign> awaiting = members.stream()
                .filter(member -> !signedNow.containsKey(member.getOrganisation().getId()))
                .map(member -> new OrganisationToSign(member.getOrganisation().getName(),
                        member.signatoryOn(today).map(named -> named.getAccount().getName()).orElse(null),
                        member.deputySignatoryOn(today).map(named -> named.getAccount().getName()).orElse(null)))
                .toList();
        Caller caller = callers.current();
        Optional<Membership> ours = workspace.may(Action.SIGN_FOR_ORGANISATION) ? members.stream()
                .filter(member -> member.getOrganisation().getId() == caller.organisationId()).findFirst() : Optional.empty();
        MouSignature ourSignature = ours.map(member -> signedNow.get(member.getOrganisation().getId())).orElse(null);
        boolean outForAgreement = mou.getState() == MouState.FOR_AGREEMENT;
        boolean maySign = outForAgreement && ourSignature == null
                && ours.flatMap(member -> member.signingCapacityOf(caller.accountId(), today)).isPresent();
        String advice = outForAgreement && ourSignature == null && !maySign
                ? ours.map(member -> MouSigning.whomToAsk(member, today)).orElse(null) : null;
        boolean significant = entityManager.find(Partnership.class, workspace.partnershipId()).isSignificant();
        return new MouDocument(mou, sections, signatures, awaiting, significant,
                workspace.may(Action.EDIT_SHARED_RECORDS) && mou.isEditable(),
                workspace.may(Action.CHANGE_DOCUMENT_STATE), maySign, ourSignature, advice);
    }

    /** Saves one section's text when no signature would be voided; see the four-argument form. */
    public MouSection saveSection(MouHeading heading, long startingVersion, String html) {
        return saveSection(heading, startingVersion, html, Set.of());
    }

    /**
     * Saves one section's text, sanitised, if nobody has saved that section since the caller's
     * starting version; otherwise throws {@link SectionConflictException} with both texts and
     * saves nothing. A change voids every signature and makes a new content version, so it is
     * saved only when the caller has confirmed voiding each valid signature (their ids); otherwise
     * {@link SignaturesWouldBeVoidedException} names the organisations and nothing is saved. An
     * agreed Memorandum is not edited until a review starts.
     */
    public MouSection saveSection(MouHeading heading, long startingVersion, String html, Set<Long> voidingConfirmed) {
        WorkspaceContext workspace = access.require(Action.EDIT_SHARED_RECORDS);
        Mou mou = records.lockedMou();
        if (!mou.isEditable()) {
            throw new AccessDeniedException("The Memorandum is agreed. Start a review before changing it.");
        }
        String content = RichText.sanitise(html);
        if (content.length() > MouSection.MAX_LENGTH) {
            throw InvalidInputException.of("content", "The section is too long: shorten it to under "
                    + MouSection.MAX_LENGTH + " characters of text and markup.");
        }
        MouSection section = records.section(mou, heading);
        if (section.getVersion() != startingVersion) {
            throw new SectionConflictException(heading, section.getContent(), section.getVersion(), content,
                    lastChanges.savedWhileYouEdited(HistoricRecord.MOU_SECTION, section.getId(),
                            "“" + heading.title() + "”") + " Nothing was saved.");
        }
        if (content.equals(section.getContent())) {
            return section;
        }
        List<MouSignature> toVoid = records.validSignatures(mou);
        if (!voidingConfirmed.containsAll(toVoid.stream().map(MouSignature::getId).toList())) {
            throw new SignaturesWouldBeVoidedException(toVoid);
        }
        section.setContent(content);
        mou.contentChanged();
        Instant now = Instant.now();
        toVoid.forEach(signature -> signature.voidAt(now));
        saves.write("“" + heading.title() + "”");
        notices.signaturesVoided(toVoid, mou, heading.title(), workspace, callers.current(), now);
        return section;
    }

    /**
     * Puts the Memorandum to the members for agreement. For a significant partnership every heading
     * must have text (the framework: no area of the model may be omitted); the refusal has a message
     * for each empty heading, keyed "section-" and the heading's name, in heading order. Each round of agreement starts without signatures. Chair, vice-chair and officer
     * representative.
     */
    public void putForAgreement() {
        WorkspaceContext workspace = access.require(Action.CHANGE_DOCUMENT_STATE);
        records.lockedMou();
        MouDocument document = current();
        if (document.mou().getState() == MouState.FOR_AGREEMENT || document.mou().getState() == MouState.AGREED) {
            throw InvalidInputException.of("state", "The Memorandum is already " + document.mou().getState().label()
                    .toLowerCase() + ".");
        }
        List<MouHeading> empty = document.emptyHeadings();
        if (document.significant() && !empty.isEmpty()) {
            Map<String, String> problems = new LinkedHashMap<>();
            empty.forEach(heading -> problems.put("section-" + heading.name(), "Write “" + heading.title()
                    + "” before the Memorandum is put for agreement: a significant partnership leaves no heading empty."));
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now();
        records.validSignatures(document.mou()).forEach(signature -> signature.voidAt(now));
        document.mou().putForAgreement();
        notices.outForAgreement(document.mou(), workspace, callers.current(), now);
    }

    /**
     * Opens an agreed Memorandum for review, so that it can be changed again. Changes of state are
     * made one at a time: whoever comes second is told the state has already changed.
     */
    public void startReview() {
        access.require(Action.CHANGE_DOCUMENT_STATE);
        Mou mou = records.lockedMou();
        if (mou.getState() != MouState.AGREED) {
            throw InvalidInputException.of("state", "Only an agreed Memorandum can be put under review.");
        }
        mou.startReview();
    }

    /**
     * Sets the date by which the Memorandum is next reviewed, in place of the date the caller was
     * shown; if someone else has changed it meanwhile, nothing is saved.
     */
    public void setReviewDate(LocalDate shown, LocalDate reviewDate) {
        access.require(Action.CHANGE_DOCUMENT_STATE);
        if (reviewDate != null && reviewDate.isBefore(LocalDate.now())) {
            throw InvalidInputException.of("reviewDate", "The review date must be today or later.");
        }
        Mou mou = records.lockedMou();
        if (!Objects.equals(mou.getReviewDate(), shown)) {
            throw new ConcurrentEditException("Someone else changed the review date to "
                    + (mou.getReviewDate() == null ? "none" : mou.getReviewDate()) + " while you were looking at it.");
        }
        mou.setReviewDate(reviewDate);
    }

    /**
     * For a member representative whose organisation's signature was voided by later edits: what
     * changed in each section since they signed. Empty when their organisation's signature is valid
     * or it never signed.
     */
    public List<SectionChange> changesSinceOurSignature() {
        access.require(Action.VIEW_WORKSPACE);
        Caller caller = callers.current();
        Mou mou = records.mouOfWorkspace();
        List<MouSignature> ours = entityManager.createQuery("select s from MouSignature s where s.mou = :mou"
                        + " and s.organisation.id = :organisation order by s.signedAt desc", MouSignature.class)
                .setParameter("mou", mou)
                .setParameter("organisation", caller.organisationId())
                .getResultList();
        if (ours.isEmpty() || ours.get(0).isValid()) {
            return List.of();
        }
        return changesSince(ours.get(0));
    }

    /** The Memorandum's sections as they stood when a signature was made. */
    public List<MouSection> asSigned(long signatureId) {
        access.require(Action.VIEW_HISTORY);
        MouSignature signature = WorkspaceRecords.find(entityManager, MouSignature.class, signatureId)
                .orElseThrow(() -> new RecordNotFoundException("No such signature in this workspace."));
        int revision = history.revisionThatCreated(HistoricRecord.MOU_SIGNATURE, signature.getId())
                .orElseThrow(() -> new IllegalStateException("A signature without its revision"));
        List<MouSection> sections = history.asOf(HistoricRecord.MOU_SECTION, revision);
        return sections.stream().sorted(Comparator.comparing(MouSection::getHeading)).toList();
    }

    private List<SectionChange> changesSince(MouSignature signature) {
        Map<MouHeading, String> signed = asSigned(signature.getId()).stream()
                .collect(Collectors.toMap(MouSection::getHeading, MouSection::getContent));
        List<SectionChange> changes = new ArrayList<>();
        for (MouSection now : records.sections(signature.getMou())) {
            List<TextDiff.Line> diff = TextDiff.between(signed.getOrDefault(now.getHeading(), ""), now.getContent());
            if (TextDiff.differs(diff)) {
                changes.add(new SectionChange(now.getHeading(), diff));
            }
        }
        return changes;
    }

    /**
     * One page of a section's saved versions, newest first, with how many there are in all; anyone
     * who may read the workspace's history. A section edited a thousand times is read a page at a time.
     */
    public Page<SectionRevision> revisionsOf(MouHeading heading, int first, int size) {
        access.require(Action.VIEW_HISTORY);
        if (first < 0 || size < 1 || size > MOST_REVISIONS_AT_ONCE) {
            throw new RecordNotFoundException("No such page of versions.");
        }
        MouSection section = records.section(records.mouOfWorkspace(), heading);
        Page<Snapshot<MouSection>> page = history.snapshotsOf(HistoricRecord.MOU_SECTION, section.getId(), first, size);
        List<SectionRevision> revisions = new ArrayList<>();
        for (Snapshot<MouSection> saved : page.items()) {
            int version = (int) (page.total() - first - revisions.size());
            revisions.add(new SectionRevision(saved.revision(), version, saved.madeAt(), saved.author(),
                    saved.organisation(), contentOf(saved)));
        }
        return new Page<>(revisions, page.total(), first, size);
    }

    private static String contentOf(Snapshot<MouSection> saved) {
        String content = saved.state().getContent();
        return content == null ? "" : RichText.sanitise(content);
    }

    /** The whole Memorandum as it stood at a revision, in heading order. */
    public List<MouSection> asOf(int revision) {
        access.require(Action.VIEW_HISTORY);
        List<MouSection> sections = history.asOf(HistoricRecord.MOU_SECTION, revision);
        if (sections.isEmpty()) {
            throw new RecordNotFoundException("The Memorandum did not exist at that revision.");
        }
        return sections.stream().sorted(Comparator.comparing(MouSection::getHeading)).toList();
    }

    /**
     * Saves an earlier text of a section again, as a new revision: the same rules as any edit
     * (conflicts, confirmed voiding of signatures, no change to an agreed Memorandum).
     */
    public MouSection restore(MouHeading heading, int revision, long startingVersion, Set<Long> voidingConfirmed) {
        MouSection section = records.section(records.mouOfWorkspace(), heading);
        String earlier = history.<MouSection>snapshotAt(HistoricRecord.MOU_SECTION, section.getId(), revision)
                .map(MouService::contentOf)
                .orElseThrow(() -> new RecordNotFoundException("That section has no such revision."));
        return saveSection(heading, startingVersion, earlier, voidingConfirmed);
    }

    /**
     * The Memorandum as it stands, with its valid signatures, as a PDF; anyone who may see the
     * workspace. An agreed one's certificate names the address where members check a copy.
     */
    public byte[] exportPdf(String verificationAddress) {
        MouDocument document = current();
        Partnership partnership = entityManager.find(Partnership.class, document.mou().getPartnershipId());
        return MouPdf.write(partnership.getName(), document.mou(), document.sections(), document.signatures(),
                verificationAddress);
    }
}
