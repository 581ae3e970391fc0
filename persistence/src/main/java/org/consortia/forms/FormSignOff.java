package org.consortia.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.consortia.tenancy.WorkspaceEntity;
import org.consortia.validation.PlainText;
import org.consortia.validation.TypedText;
import org.hibernate.envers.Audited;
import org.consortia.validation.PlausibleDate;

/** Who completed a form, on what date, in what job and on what telephone number (Appendix 9). */
@Entity
@Table(name = "form_sign_off")
@Audited
public class FormSignOff extends WorkspaceEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private FilledForm form;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "completed_by", length = 200)
    private String completedBy;

    @PlausibleDate
    @PastOrPresent(message = "{forms.completedOn.future}")
    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Pattern(regexp = "[0-9+() -]{6,30}", message = "{forms.telephone.invalid}")
    @Column(length = 30)
    private String telephone;

    protected FormSignOff() {
    }

    public FormSignOff(FilledForm form) {
        this.form = form;
    }

    private static String strip(String text) {
        return TypedText.tidy(text);
    }

    public FilledForm getForm() {
        return form;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public void setCompletedBy(String completedBy) {
        this.completedBy = strip(completedBy);
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = strip(jobTitle);
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = strip(telephone);
    }
}
