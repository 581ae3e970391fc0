package org.consortia.mou;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;

/**
 * One heading of the Memorandum and its text (sanitised HTML). Sections are edited and versioned
 * independently, so two people editing different sections never conflict.
 */
@Entity
@Table(name = "mou_section")
@Audited
public class MouSection extends WorkspaceEntity {

    public static final int MAX_LENGTH = 100_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mou_id", nullable = false)
    private Mou mou;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MouHeading heading;

    @Column(nullable = false, length = MAX_LENGTH)
    private String content;

    protected MouSection() {
    }

    public MouSection(Mou mou, MouHeading heading, String content) {
        this.mou = mou;
        this.heading = heading;
        this.content = content;
    }

    /** Whether the section has any words in it, markup aside. */
    public boolean isEmpty() {
        return content.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").isBlank();
    }

    public Mou getMou() {
        return mou;
    }

    public MouHeading getHeading() {
        return heading;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }
}
