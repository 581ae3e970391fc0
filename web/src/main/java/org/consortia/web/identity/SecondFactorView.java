package org.consortia.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;
import org.consortia.identity.SecondFactors;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.security.SecondFactorSetUp;

/** Setting up, replacing and turning off one's second factor, and making new recovery codes. */
@Named
@ViewScoped
public class SecondFactorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactors secondFactors;

    private SecondFactors.Status status;
    private SecondFactors.Offer offer;
    private List<String> recoveryCodes;
    private String appCode;
    private String password;
    private String code;

    @PostConstruct
    void init() {
        status = secondFactors.status();
    }

    /** Offers a new secret for an app, shown as a QR code and as text. */
    public void start() {
        offer = secondFactors.offer();
        recoveryCodes = null;
    }

    public void turnOn() {
        try {
            recoveryCodes = secondFactors.turnOn(offer == null ? null : offer.secret(), appCode, password, code);
            offer = null;
            status = secondFactors.status();
            SecondFactorSetUp.done(((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest()).getSession(false));
            FieldMessages.info("Your second factor is on. From now on, signing in asks for a code from your app.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("setup", invalid);
        } finally {
            clearSecrets();
        }
    }

    public void makeNewRecoveryCodes() {
        try {
            recoveryCodes = secondFactors.newRecoveryCodes(password, code);
            status = secondFactors.status();
            FieldMessages.info("You have ten new recovery codes; the old ones no longer work.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("codes", invalid);
        } finally {
            clearSecrets();
        }
    }

    public void turnOff() {
        try {
            secondFactors.turnOff(password, code);
            status = secondFactors.status();
            recoveryCodes = null;
            FieldMessages.info("Your second factor is off. Signing in asks only for your password.");
        } catch (InvalidInputException invalid) {
            FieldMessages.show("off", invalid);
        } catch (AccessDeniedException refused) {
            FieldMessages.error(null, refused.getMessage());
        } finally {
            clearSecrets();
        }
    }

    private void clearSecrets() {
        password = null;
        code = null;
        appCode = null;
    }

    /** Whether this session was sent here to set up a second factor before anything else. */
    public boolean isSentHere() {
        return !status.on() && status.required();
    }

    public String getQrCode() {
        return offer == null ? null : QrCodeImage.dataAddress(offer.appAddress());
    }

    /** The secret in groups of four, as people type it into an app by hand. */
    public String getSecretToType() {
        return offer == null ? null : offer.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public SecondFactors.Status getStatus() {
        return status;
    }

    public boolean isOffered() {
        return offer != null;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getAppCode() {
        return appCode;
    }

    public void setAppCode(String appCode) {
        this.appCode = appCode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
