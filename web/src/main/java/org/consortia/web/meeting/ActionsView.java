package org.consortia.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import org.consortia.access.AccessDeniedException;
import org.consortia.access.ConcurrentEditException;
import org.consortia.identity.CallerLookup;
import org.consortia.meeting.ActionFilter;
import org.consortia.meeting.ActionService;
import org.consortia.meeting.MeetingAction;
import org.consortia.text.UkDates;
import org.consortia.web.faces.FieldMessages;
import org.consortia.web.faces.LazyPages;
import org.consortia.web.tenancy.WorkspacePage;
import org.primefaces.model.LazyDataModel;

/**
 * The workspace's action log: actions arising from meetings, open ones by default, the soonest due
 * first, overdue ones marked; filtered to the caller's own on request; sortable, paginated and
 * downloadable as CSV with the same filters.
 */
@Named
@ViewScoped
public class ActionsView implements Serializable {

    @Inject
    ActionService actions;

    @Inject
    CallerLookup callers;

    @Inject
    WorkspacePage workspacePage;

    private ActionFilter show = ActionFilter.OPEN;
    private boolean mine;
    private boolean mayManage;
    private long me;

    private final LazyDataModel<MeetingAction> model = new LazyPages<>("dueOn",
            request -> actions.log(show, mine, request), MeetingAction::getId);

    public void load() {
        mayManage = actions.mayManage();
        me = callers.current().accountId();
    }

    public void markDone(MeetingAction action) throws IOException {
        try {
            actions.markDone(action.getId(), action.getVersion());
            FieldMessages.info("\"" + action.getDescription() + "\" is marked done.");
            FacesContext.getCurrentInstance().getExternalContext().redirect(workspacePage.link("actions")
                    + "?show=" + show + "&mine=" + mine);
        } catch (ConcurrentEditException conflict) {
            FieldMessages.conflict(conflict, "Nothing was marked: the log below shows the actions as saved.");
        } catch (AccessDeniedException refused) {
            FieldMessages.error(null, refused.getMessage());
        }
    }

    /** Whether the caller may mark the action done: its owner, or those who keep meetings. */
    public boolean mayMarkDone(MeetingAction action) {
        return action.getDoneOn() == null && action.closableBy(me, mayManage);
    }

    public boolean overdue(MeetingAction action) {
        return action.overdueOn(LocalDate.now(UkDates.LONDON));
    }

    /** The address of the CSV of the list as filtered. */
    public String getCsvQuery() {
        return "?show=" + show + "&mine=" + mine;
    }

    public ActionFilter[] getFilters() {
        return ActionFilter.values();
    }

    public LazyDataModel<MeetingAction> getModel() {
        return model;
    }

    public ActionFilter getShow() {
        return show;
    }

    public void setShow(ActionFilter show) {
        this.show = show == null ? ActionFilter.OPEN : show;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
