package org.consortia.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.InvalidInputException;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.PollChoice;
import org.consortia.meeting.PollResults;
import org.consortia.meeting.SchedulingPollService;
import org.consortia.membership.Representative;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.tenancy.WorkspacePage;

/**
 * A scheduling poll's page ({@code poll.xhtml}): the tally per proposed time with whether the
 * meeting would be quorate, everyone's answers, the caller's own answers, and turning the chosen
 * time into the meeting.
 */
@Named
@ViewScoped
public class PollView implements Serializable {

    @Inject
    SchedulingPollService polls;

    @Inject
    WorkspacePage workspacePage;

    private Long id;
    private PollResults results;
    /** The caller's answers by slot id, as the form's radio buttons submit them: a choice's name or empty. */
    private final Map<Long, String> myChoices = new HashMap<>();
    private Long chosenSlotId;
    private final Meeting details = new Meeting();

    public void load() {
        results = polls.read(id);
        myChoices.clear();
        if (results.ownRepresentativeId() != null) {
            Representative own = results.representatives().stream()
                    .filter(representative -> representative.getId().equals(results.ownRepresentativeId()))
                    .findFirst().orElseThrow();
            results.slots().forEach(slot -> {
                PollChoice answer = results.answerOf(own, slot.slot());
                myChoices.put(slot.slot().getId(), answer == null ? "" : answer.name());
            });
        }
    }

    public void answer() throws IOException {
        Map<Long, PollChoice> choices = new HashMap<>();
        try {
            myChoices.forEach((slot, choice) -> choices.put(slot, choice == null || choice.isEmpty() ? null
                    : PollChoice.valueOf(choice)));
        } catch (IllegalArgumentException notAChoice) {
            FieldMessages.error(null, "Choose yes, if need be or no for each time.");
            return;
        }
        try {
            polls.answer(id, choices);
            FieldMessages.info("Your answers have been saved.");
            redirect("#answers");
        } catch (InvalidInputException | AccessDeniedException refused) {
            FieldMessages.error(null, refused.getMessage() + " Your answers were not saved.");
            load();
        }
    }

    public void schedule() throws IOException {
        try {
            Meeting meeting = polls.schedule(id, chosenSlotId == null ? -1 : chosenSlotId, details);
            FieldMessages.info("The meeting has been scheduled and the poll has closed.");
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(workspacePage.link("meeting") + "?id=" + meeting.getId());
        } catch (InvalidInputException invalid) {
            FieldMessages.show(invalid, field -> switch (field) {
                case "venue", "joiningDetails" -> "scheduling:" + field;
                case "slot", "day", "startTime", "endTime" -> "scheduling:slot";
                default -> null;
            });
        }
    }

    public List<PollChoice> getChoices() {
        return List.of(PollChoice.values());
    }

    private void redirect(String anchor) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext()
                .redirect(workspacePage.link("poll") + "?id=" + id + anchor);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PollResults getResults() {
        return results;
    }

    public Map<Long, String> getMyChoices() {
        return myChoices;
    }

    public Long getChosenSlotId() {
        return chosenSlotId;
    }

    public void setChosenSlotId(Long chosenSlotId) {
        this.chosenSlotId = chosenSlotId;
    }

    public Meeting getDetails() {
        return details;
    }
}
