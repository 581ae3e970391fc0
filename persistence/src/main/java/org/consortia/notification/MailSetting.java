package org.consortia.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person's choice of how often they get e-mails; without one, each comes at once. */
@Entity
@Table(name = "mail_setting")
public class MailSetting {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailFrequency frequency;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    @Version
    private long version;

    protected MailSetting() {
    }

    public MailSetting(long accountId, MailFrequency frequency, Instant chosenAt) {
        this.accountId = accountId;
        this.frequency = frequency;
        this.chosenAt = chosenAt;
    }

    public void choose(MailFrequency chosen, Instant at) {
        frequency = chosen;
        chosenAt = at;
    }

    public Long getAccountId() {
        return accountId;
    }

    public MailFrequency getFrequency() {
        return frequency;
    }

    public Instant getChosenAt() {
        return chosenAt;
    }
}
