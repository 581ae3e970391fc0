package org.consortia.web.calendar;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import org.consortia.calendar.CalendarFeedService;
import org.consortia.web.faces.FieldMessages;

/**
 * The person's own calendar feed: whether they have one, and the buttons that make a new address
 * (shown once, as only its fingerprint is kept) or turn the feed off.
 */
@Named
@ViewScoped
public class CalendarFeedView implements Serializable {

    @Inject
    CalendarFeedService feeds;

    private Instant createdAt;
    private String newAddress;

    public void load() {
        createdAt = feeds.mine().orElse(null);
    }

    public void renew() {
        String token = feeds.renew();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String base = request.getRequestURL().toString();
        newAddress = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath()
                + "/api/calendar/" + token + ".ics";
        createdAt = feeds.mine().orElse(null);
        FieldMessages.info("Your calendar has a new address: copy it now, as it is shown only once. Any address you"
                + " had before no longer works.");
    }

    public void revoke() {
        feeds.revoke();
        createdAt = null;
        newAddress = null;
        FieldMessages.info("Your calendar feed is turned off: its address no longer shows anything.");
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getNewAddress() {
        return newAddress;
    }
}
