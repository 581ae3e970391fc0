package org.consortia.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.consortia.validation.PlainText;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.envers.Audited;

/** A council, police force, NHS trust, company or voluntary group that can sit on partnerships. */
@Entity
@Table(name = "organisation")
@Audited
// Named on nearly every page and rarely changed; Hibernate drops a cached row when it changes.
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NamedQuery(name = "Organisation.findAll", query = "select o from Organisation o order by lower(o.name)")
@NamedQuery(name = "Organisation.countByName",
        query = "select count(o) from Organisation o where lower(o.name) = lower(:name) and o.id <> :id")
public class Organisation implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull(message = "{organisation.sector.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Sector sector;

    @NotBlank(message = "{organisation.type.required}")
    @Size(max = 100, message = "{text.tooLong}")
    @PlainText
    @Column(name = "organisation_type", nullable = false, length = 100)
    private String type;

    @Column(nullable = false)
    private boolean enabled = true;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, Sector sector, String type) {
        this.name = name;
        this.sector = sector;
        this.type = type;
    }

    public static Organisation blank() {
        return new Organisation();
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

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type == null ? null : type.strip();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        // getId(), not the field: the other may be a lazy proxy whose fields are empty.
        return this == other || other instanceof Organisation that && id != null && id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }
}
