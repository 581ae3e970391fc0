package org.consortia.mou;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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
import org.consortia.history.FieldChange;
import org.consortia.history.HistoricRecord;
import org.consortia.history.HistoryEntry;
import org.consortia.history.HistoryService;
import org.consortia.history.TextDiff;
import org.consortia.identity.Account;
import org.consortia.identity.Caller;
import org.consortia.identity.CallerLookup;
import org.consortia.identity.PasswordConfirmation;
import org.consortia.identity.PasswordProof;
import org.consortia.identity.Organisation;
import org.consortia.membership.Membership;
import org.consortia.partnership.Partnership;
import org.consortia.richtext.RichText;
import org.consortia.tenancy.WorkspaceAccess;
import org.consortia.validation.ConstraintViolations;
import org.consortia.tenancy.WorkspaceContext;
import org.consortia.tenancy.WorkspaceRecords;
import org.consortia.history.LastChanges;

/**
 * The Memorandum of Understanding of the current workspace (section 7 and Appendix 10). Members
 * co-edit its sections; each member organisation's named signatory (or deputy) signs one exact
 * version for it; an edit voids the signatures, once the editor has confirmed it; it is agreed when
 * every member organisation has signed the same version.
 */
@Stateless
public class MouService {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    WorkspaceAccess access;

    @Inject
    CallerLookup callers;

    @Inject
    PasswordConfirmation passwordConfirmation;

    @Resource
    SessionContext context;

    @Inject
    HistoryService history;

    @Inject
    MouSetup setup;

    @Inject
    MouAgreement agreement;

    @Inject
    LastChanges lastChanges;

    /**
     * The Memorandum with its sections and signatures, who still has to sign and who signs for
     * them, and where the caller stands; anyone who may see the workspace.
     */
    public MouDocument current() {
        WorkspaceContext workspace = access.require(Action.VIEW_WORKSPACE);
        Mou mou = mouOfWorkspace();
        List<MouSection> sections = sections(mou);
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
                ? ours.map(member -> whomToAsk(member, today)).orElse(null) : null;
        boolean significant = entityManager.find(Partnership.class, workspace.partnershipId()).isSignificant();
        return new MouDocument(mou, sections, signatures, awaiting, significant,
                workspace.may(Action.EDIT_SHARED_RECORDS) && mou.isEditable(),
                workspace.may(Action.CHANGE_DOCUMENT_STATE), maySign, ourSignature, advice);
    }

    /** For a representative who does not sign for their organisation: who does, or who names them. */
    static String whomToAsk(Membership member, LocalDate today) {
        String organisation = member.getOrganisation().getName();
        Optional<String> signatory = member.signatoryOn(today).map(named -> named.getAccount().getName());
        Optional<String> deputy = member.deputySignatoryOn(today).map(named -> named.getAccount().getName());
        if (signatory.isEmpty() && deputy.isEmpty()) {
            return organisation + " has not named who signs for it. Ask a chair or the officer representative to"
                    + " name its signatory on the Members page.";
        }
        String names = signatory.map(name -> "its signatory, " + name + deputy.map(d -> ", or its deputy, " + d).orElse(""))
                .orElseGet(() -> "its deputy signatory, " + deputy.orElseThrow());
        return "You do not sign for " + organisation + ". Ask " + names + ", to sign this version.";
    }

    /**
     * The caller's organisation's membership, refusing anyone who is not its signatory or deputy in
     * office: a cheap refusal, made before any password is checked.
     */
    private Membership signingMembership(Caller caller) {
        LocalDate today = LocalDate.now();
        Membership membership = entityManager.createNamedQuery("Membership.currentOfOrganisationWithSignatories",
                        Membership.class)
                .setParameter("organisationId", caller.organisationId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("Only the signatory of a member organisation signs."));
        if (membership.signingCapacityOf(caller.accountId(), today).isEmpty()) {
            throw new AccessDeniedException(whomToAsk(membership, today));
        }
        return membership;
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
        access.require(Action.EDIT_SHARED_RECORDS);
        Mou mou = lockedMou();
        if (!mou.isEditable()) {
            throw new AccessDeniedException("The Memorandum is agreed. Start a review before changing it.");
        }
        String content = RichText.sanitise(html);
        if (content.length() > MouSection.MAX_LENGTH) {
            throw InvalidInputException.of("content", "The section is too long: shorten it to under "
                    + MouSection.MAX_LENGTH + " characters of text and markup.");
        }
        MouSection section = section(mou, heading);
        if (section.getVersion() != startingVersion) {
            throw new SectionConflictException(heading, section.getContent(), section.getVersion(), content,
                    lastChanges.savedWhileYouEdited(HistoricRecord.MOU_SECTION, section.getId(),
                            "“" + heading.title() + "”") + " Nothing was saved.");
        }
        if (content.equals(section.getContent())) {
            return section;
        }
        List<MouSignature> toVoid = validSignatures(mou);
        if (!voidingConfirmed.containsAll(toVoid.stream().map(MouSignature::getId).toList())) {
            throw new SignaturesWouldBeVoidedException(toVoid);
        }
        section.setContent(content);
        mou.contentChanged();
        Instant now = Instant.now();
        toVoid.forEach(signature -> signature.voidAt(now));
        try {
            entityManager.flush();
        } catch (OptimisticLockException raced) {
            throw new ConcurrentEditException("Someone else saved \"" + heading.title()
                    + "\" at the same moment. Nothing was saved; reload the section and try again.");
        }
        return section;
    }

    /**
     * Puts the Memorandum to the members for agreement. For a significant partnership every heading
     * must have text (the framework: no area of the model may be omitted); the refusal has a message
     * for each empty heading, keyed "section-" and the heading's name, in heading order. Each round of agreement starts without signatures. Chair, vice-chair and officer
     * representative.
     */
    public void putForAgreement() {
        access.require(Action.CHANGE_DOCUMENT_STATE);
        lockedMou();
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
        validSignatures(document.mou()).forEach(signature -> signature.voidAt(now));
        document.mou().putForAgreement();
    }

    /**
     * Opens an agreed Memorandum for review, so that it can be changed again. Changes of state are
     * made one at a time: whoever comes second is told the state has already changed.
     */
    public void startReview() {
        access.require(Action.CHANGE_DOCUMENT_STATE);
        Mou mou = lockedMou();
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
        Mou mou = lockedMou();
        if (!Objects.equals(mou.getReviewDate(), shown)) {
            throw new ConcurrentEditException("Someone else changed the review date to "
                    + (mou.getReviewDate() == null ? "none" : mou.getReviewDate()) + " while you were looking at it.");
        }
        mou.setReviewDate(reviewDate);
    }

    /**
     * Signs the current version for the caller's organisation, as its signatory or deputy in office,
     * after checking their password again; anyone else is refused before the password is checked. One signature per organisation and version; when every member organisation
     * has signed this version the Memorandum is agreed. The password is checked outside any
     * transaction, so no connection is held while it is hashed; the signature is then recorded in
     * a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MouSignature sign(String password, int versionShown) {
        access.require(Action.SIGN_FOR_ORGANISATION);
        Caller caller = callers.current();
        signingMembership(caller);
        Account account = entityManager.find(Account.class, caller.accountId());
        PasswordConfirmation.Result confirmation = passwordConfirmation.confirm(account, password);
        switch (confirmation.outcome()) {
            case WRONG -> throw InvalidInputException.of("password", "Your password is not right. Nothing was signed.");
            case LOCKED -> throw InvalidInputException.of("password", "Too many wrong passwords have been given for"
                    + " your account. Try again after " + (confirmation.lockedUntil() == null ? "a few minutes"
                            : TIME_OF_DAY.format(confirmation.lockedUntil().plusSeconds(60))) + ". Nothing was signed.");
            case BUSY -> throw InvalidInputException.of("password", PasswordConfirmation.BUSY_MESSAGE + " Nothing was signed.");
            case CONFIRMED -> { }
        }
        return context.getBusinessObject(MouService.class).recordSignature(confirmation.proof(), versionShown);
    }

    /**
     * Records the signature of a signatory who has just confirmed their password
     * ({@link #sign}); refused without a fresh proof for the caller's own account.
     */
    public MouSignature recordSignature(PasswordProof proof, int versionShown) {
        access.require(Action.SIGN_FOR_ORGANISATION);
        Caller caller = callers.current();
        if (proof == null || !proof.confirms(caller.accountId(), Instant.now())) {
            throw new AccessDeniedException("Confirm your password to sign.");
        }
        Account account = entityManager.find(Account.class, caller.accountId());
        Mou mou = lockedMou();
        if (mou.getState() != MouState.FOR_AGREEMENT) {
            throw InvalidInputException.of("state", "The Memorandum is not out for agreement, so it cannot be signed.");
        }
        if (mou.getContentVersion() != versionShown) {
            throw InvalidInputException.of("password", "The Memorandum changed after you opened it: it is now version "
                    + mou.getContentVersion() + ". Read the changes, then sign again. Nothing was signed.");
        }
        Membership membership = signingMembership(caller);
        String capacity = membership.signingCapacityOf(caller.accountId(), LocalDate.now()).orElseThrow();
        Organisation organisation = membership.getOrganisation();
        boolean alreadySigned = validSignatures(mou).stream()
                .anyMatch(s -> s.getContentVersion() == mou.getContentVersion() && s.getOrganisation().equals(organisation));
        if (alreadySigned) {
            throw InvalidInputException.of("password", organisation.getName() + " has already signed this version.");
        }
        MouSignature signature = new MouSignature(mou, organisation, account, capacity, mou.getContentVersion(),
                contentHash(sections(mou)), Instant.now());
        entityManager.persist(signature);
        entityManager.flush();
        agreement.reevaluate(mou);
        return signature;
    }

    /**
     * For a member representative whose organisation's signature was voided by later edits: what
     * changed in each section since they signed. Empty when their organisation's signature is valid
     * or it never signed.
     */
    public List<SectionChange> changesSinceOurSignature() {
        access.require(Action.VIEW_WORKSPACE);
        Caller caller = callers.current();
        Mou mou = mouOfWorkspace();
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
        for (MouSection now : sections(signature.getMou())) {
            List<TextDiff.Line> diff = TextDiff.between(signed.getOrDefault(now.getHeading(), ""), now.getContent());
            if (TextDiff.differs(diff)) {
                changes.add(new SectionChange(now.getHeading(), diff));
            }
        }
        return changes;
    }

    /** Every saved version of one section, oldest first; anyone who may read the workspace's history. */
    public List<SectionRevision> revisionsOf(MouHeading heading) {
        access.require(Action.VIEW_HISTORY);
        MouSection section = section(mouOfWorkspace(), heading);
        List<SectionRevision> revisions = new ArrayList<>();
        String content = "";
        for (HistoryEntry entry : history.historyOf(HistoricRecord.MOU_SECTION, section.getId())) {
            for (FieldChange change : entry.changes()) {
                if (change.field().equals("Content")) {
                    content = change.after() == null ? "" : change.after();
                }
            }
            revisions.add(new SectionRevision(entry.revision(), entry.version(), entry.madeAt(), entry.author(), entry.organisation(),
                    RichText.sanitise(content)));
        }
        return revisions;
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
        String earlier = revisionsOf(heading).stream().filter(saved -> saved.revision() == revision).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("That section has no such revision."))
                .content();
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

    /** SHA-256 of the text, heading by heading in order, as hexadecimal: what a signature binds to. */
    static String contentHash(List<MouSection> sections) {
        StringBuilder canonical = new StringBuilder();
        sections.stream().sorted(Comparator.comparing(MouSection::getHeading))
                .forEach(section -> canonical.append(section.getHeading().name()).append('\n')
                        .append(section.getContent()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private List<MouSignature> validSignatures(Mou mou) {
        return entityManager.createQuery("select s from MouSignature s join fetch s.organisation"
                        + " where s.mou = :mou and s.voidedAt is null",
                MouSignature.class).setParameter("mou", mou).getResultList();
    }

    /** The workspace's Memorandum, created with the model's headings the first time it is needed. */
    private Mou mouOfWorkspace() {
        return findMou().orElseGet(() -> {
            ConstraintViolations.createOnce(setup::createMemorandum);
            return findMou().orElseThrow();
        });
    }

    /**
     * The Memorandum, locked until the transaction ends: edits and signatures of one Memorandum
     * happen one after another, so none is lost and agreement is judged on committed signatures.
     */
    private Mou lockedMou() {
        Mou mou = mouOfWorkspace();
        entityManager.refresh(mou, LockModeType.PESSIMISTIC_WRITE);
        return mou;
    }

    private Optional<Mou> findMou() {
        return entityManager.createQuery("select m from Mou m", Mou.class).getResultStream().findFirst();
    }

    private List<MouSection> sections(Mou mou) {
        return entityManager.createQuery("select s from MouSection s where s.mou = :mou", MouSection.class)
                .setParameter("mou", mou)
                .getResultList().stream()
                .sorted(Comparator.comparing(MouSection::getHeading))
                .toList();
    }

    private MouSection section(Mou mou, MouHeading heading) {
        return entityManager.createQuery("select s from MouSection s where s.mou = :mou and s.heading = :heading",
                        MouSection.class)
                .setParameter("mou", mou)
                .setParameter("heading", heading)
                .getSingleResult();
    }
}
