package org.consortia.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.consortia.access.ConcurrentEditException;
import org.consortia.access.InvalidInputException;
import org.consortia.meeting.MeetingRules;
import org.consortia.meeting.MeetingRulesService;
import org.consortia.meeting.QuorumKind;
import org.consortia.meeting.RulesView;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.tenancy.WorkspacePage;

/** The meeting rules page: everyone reads the rules; the chairs and officer representative set them. */
@Named
@ViewScoped
public class MeetingRulesView implements Serializable {

    @Inject
    MeetingRulesService service;

    @Inject
    WorkspacePage workspacePage;

    private RulesView view;
    private MeetingRules rules;
    private List<DayOfWeek> days;

    @PostConstruct
    void init() {
        view = service.current();
        rules = view.rules();
        days = new ArrayList<>(rules.getMeetingDays());
    }

    public void save() throws IOException {
        rules.setMeetingDays(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
        try {
            service.save(rules);
            FieldMessages.info("The meeting rules have been saved.");
            FacesContext.getCurrentInstance().getExternalContext().redirect(workspacePage.link("meeting-rules"));
        } catch (InvalidInputException invalid) {
            FieldMessages.show("form", invalid);
            showSaved();
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Your changes are still in the form: open this page in a new tab to see"
                    + " the rules now saved, then copy your changes across.");
            showSaved();
        }
    }

    /** The rules as saved, for the summary above the form, which keeps what was typed. */
    private void showSaved() {
        view = service.current();
    }

    public RulesView getView() {
        return view;
    }

    public MeetingRules getRules() {
        return rules;
    }

    public List<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(List<DayOfWeek> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public QuorumKind[] getQuorumKinds() {
        return QuorumKind.values();
    }

    public DayOfWeek[] getWeekDays() {
        return DayOfWeek.values();
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** "Monday to Friday" or "Monday, Wednesday and Friday", as the rules are read out. */
    public String daysInWords(MeetingRules shown) {
        List<DayOfWeek> chosen = shown.getMeetingDays().stream().sorted().toList();
        if (chosen.isEmpty()) {
            return "no day";
        }
        boolean consecutive = chosen.size() > 2
                && chosen.get(chosen.size() - 1).getValue() - chosen.get(0).getValue() == chosen.size() - 1;
        if (consecutive) {
            return dayName(chosen.get(0)) + " to " + dayName(chosen.get(chosen.size() - 1));
        }
        List<String> names = chosen.stream().map(this::dayName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
