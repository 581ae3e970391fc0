package org.consortia.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.consortia.tenancy.WorkspaceEntity;
import org.hibernate.envers.Audited;

/**
 * The minuted discussion of one agenda item (sanitised HTML). Items are saved and versioned one by
 * one, so two people minuting different items never conflict.
 */
@Entity
@Table(name = "minutes_item")
@Audited
public class MinutesItem extends WorkspaceEntity {

    public static final int MAX_LENGTH = 100_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
    private Minutes minutes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false, unique = true, updatable = false)
    private AgendaItem item;

    @Column(nullable = false, length = MAX_LENGTH)
    private String discussion = "";

    protected MinutesItem() {
    }

    public MinutesItem(Minutes minutes, AgendaItem item) {
        this.minutes = minutes;
        this.item = item;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getDiscussion() {
        return discussion;
    }

    public void setDiscussion(String discussion) {
        this.discussion = discussion;
    }
}
