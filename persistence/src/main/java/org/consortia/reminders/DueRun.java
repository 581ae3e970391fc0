package org.consortia.reminders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One day's run of the reminders of what is due: its row is taken by the one server that runs it. */
@Entity
@Table(name = "due_run")
public class DueRun {

    @Id
    @Column(name = "run_on")
    private LocalDate runOn;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected DueRun() {
    }

    public DueRun(LocalDate runOn, Instant startedAt) {
        this.runOn = runOn;
        this.startedAt = startedAt;
    }

    public void finished(Instant at) {
        finishedAt = at;
    }

    public LocalDate getRunOn() {
        return runOn;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
