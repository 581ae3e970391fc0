package org.consortia.web.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.consortia.access.InvalidInputException;
import org.consortia.notification.MailFrequency;
import org.consortia.notification.MailSettings;
import org.consortia.web.faces.FieldMessages;

/** The person's choice of how often they get e-mails. */
@Named
@ViewScoped
public class MailSettingsView implements Serializable {

    @Inject
    MailSettings settings;

    private MailFrequency frequency;

    public void load() {
        frequency = settings.mine();
    }

    public void save() {
        try {
            settings.choose(frequency);
            String chosen = frequency.label();
            FieldMessages.info("Saved: " + chosen.substring(0, 1).toLowerCase(Locale.UK) + chosen.substring(1) + ".");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("settings", invalid);
        }
    }

    public List<MailFrequency> getFrequencies() {
        return List.of(MailFrequency.values());
    }

    public MailFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(MailFrequency frequency) {
        this.frequency = frequency;
    }
}
