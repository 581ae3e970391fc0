package org.consortia.web.conduct;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.conduct.ConductService;
import org.consortia.conduct.ConductStatus;
import org.consortia.web.faces.FieldMessages;

/** The code of conduct page: read and sign it; the chair sees who has not signed and publishes new versions. */
@Named
@ViewScoped
public class ConductView implements Serializable {

    @Inject
    ConductService conduct;

    private ConductStatus status;
    private String draft;
    private int basedOnVersion;

    @PostConstruct
    void init() {
        refresh();
        draft = status.code().getContent();
        basedOnVersion = status.code().getCodeVersion();
    }

    private void refresh() {
        status = conduct.current();
    }

    public void sign() {
        try {
            conduct.sign(status.code().getCodeVersion());
            FieldMessages.info("You have signed version " + status.code().getCodeVersion() + " of the code of conduct.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("signing", invalid);
        }
        refresh();
    }

    public void publish() {
        try {
            conduct.publish(basedOnVersion, draft);
            FieldMessages.info("The new version has been published. Everyone is asked to sign it.");
            refresh();
            draft = status.code().getContent();
            basedOnVersion = status.code().getCodeVersion();
        } catch (InvalidInputException invalid) {
            FieldMessages.show("publishing", invalid);
        } catch (ConcurrentEditException conflict) {
            refresh();
            basedOnVersion = status.code().getCodeVersion();
            FieldMessages.conflict(conflict, "It is shown above; your text is still in the box."
                    + " Compare them, then publish again if yours should replace it.");
        }
    }

    public ConductStatus getStatus() {
        return status;
    }

    public String getDraft() {
        return draft;
    }

    public void setDraft(String draft) {
        this.draft = draft;
    }
}
