package org.consortia.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.consortia.validation.PlainText;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who logs in, by e-mail address, on behalf of one organisation. */
@Entity
@Table(name = "account")
@Audited
// Named on many pages (heads of service, officers, appointers); Hibernate drops a cached row when
// the account changes. Who is signed in, and with which rights, is always read afresh.
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(name = "Account.findByEmail",
        query = "select a from Account a join fetch a.organisation left join fetch a.councilRoles where a.email = :email")
@NamedQuery(name = "Account.countByEmail",
        query = "select count(a) from Account a where a.email = :email and a.id <> :id")
@NamedQuery(name = "Account.findWithRole",
        query = "select a from Account a join fetch a.organisation where :role member of a.councilRoles and a.enabled = true"
                + " order by lower(a.name)")
public class Account implements Serializable {

    /**
     * What a page that keeps accounts in its session writes out: everything but the password hash,
     * which never leaves the database and the server's memory.
     */
    private static final ObjectStreamField[] serialPersistentFields = {
        new ObjectStreamField("id", Long.class),
        new ObjectStreamField("name", String.class),
        new ObjectStreamField("email", String.class),
        new ObjectStreamField("organisation", Organisation.class),
        new ObjectStreamField("councilRoles", Set.class),
        new ObjectStreamField("enabled", boolean.class),
        new ObjectStreamField("version", long.class)
    };

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{account.name.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = 254, message = "{text.tooLong}")
    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @NotNull(message = "{account.organisation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<CouncilRole> councilRoles = EnumSet.noneOf(CouncilRole.class);

    @Column(nullable = false)
    private boolean enabled = true;

    /** The shared secret of the person's authenticator app, in Base32; null while they use no second factor. */
    @NotAudited
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** The last time step whose code signed in or confirmed something: each code works once. */
    @NotAudited
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @NotAudited
    @Column(name = "second_factor_since")
    private Instant secondFactorSince;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String name, String email, Organisation organisation) {
        this.name = name;
        setEmail(email);
        this.organisation = organisation;
    }

    public static Account blank() {
        return new Account();
    }

    /** E-mail addresses are compared without regard to case or surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean hasRole(CouncilRole role) {
        return councilRoles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = normaliseEmail(email);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public Set<CouncilRole> getCouncilRoles() {
        return councilRoles;
    }

    public void setCouncilRoles(Set<CouncilRole> councilRoles) {
        this.councilRoles.clear();
        this.councilRoles.addAll(councilRoles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** Starts using an authenticator app with the secret, whose code of {@code step} has just been given. */
    public void useSecondFactor(String secret, long step, Instant since) {
        this.totpSecret = secret;
        this.totpLastStep = step;
        this.secondFactorSince = since;
    }

    public void dropSecondFactor() {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.secondFactorSince = null;
    }

    /** Records that the code of the time step has been used, so that it cannot be used again. */
    public void codeUsed(long step) {
        this.totpLastStep = step;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public long getTotpLastStep() {
        return totpLastStep == null ? -1 : totpLastStep;
    }

    public Instant getSecondFactorSince() {
        return secondFactorSince;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        // getId(), not the field: the other may be a lazy proxy whose fields are empty.
        return this == other || other instanceof Account that && id != null && id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }
}
