package org.consortia.web.forms;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.consortia.forms.FormSignOff;
import org.consortia.forms.SignOffEdit;
import org.consortia.validation.TypedText;

/** What the user has typed for who completed the form, beside the details it started from. */
public class SignOffInput implements Serializable {

    private String completedBy;
    private LocalDate completedOn;
    private String jobTitle;
    private String telephone;
    private List<Object> loaded;
    private long loadedVersion;
    private FormSignOff theirs;

    SignOffInput(FormSignOff stored) {
        reset(stored);
    }

    void reset(FormSignOff stored) {
        completedBy = stored.getCompletedBy();
        completedOn = stored.getCompletedOn();
        jobTitle = stored.getJobTitle();
        telephone = stored.getTelephone();
        rebase(stored);
        theirs = null;
    }

    private void rebase(FormSignOff stored) {
        loaded = values(stored.getCompletedBy(), stored.getCompletedOn(), stored.getJobTitle(), stored.getTelephone());
        loadedVersion = stored.getVersion();
    }

    void showTheirs(FormSignOff stored) {
        theirs = stored;
        rebase(stored);
    }

    boolean isChanged() {
        return !loaded.equals(values(completedBy, completedOn, jobTitle, telephone));
    }

    SignOffEdit edit() {
        return new SignOffEdit(completedBy, completedOn, jobTitle, telephone, loadedVersion);
    }

    private static List<Object> values(String completedBy, LocalDate completedOn, String jobTitle, String telephone) {
        return Arrays.asList(TypedText.tidy(completedBy), completedOn, TypedText.tidy(jobTitle),
                TypedText.tidy(telephone));
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public void setCompletedBy(String completedBy) {
        this.completedBy = completedBy;
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
        this.jobTitle = jobTitle;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    /** Someone else's details that clashed with these at the last save, or null. */
    public FormSignOff getTheirs() {
        return theirs;
    }
}
