package org.consortia.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.consortia.meeting.Meeting;
import org.consortia.meeting.MeetingService;
import org.consortia.web.faces.LazyPages;
import org.primefaces.model.LazyDataModel;

/** The list of the workspace's meetings, the latest first, sortable and paginated. */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    @Inject
    MeetingService meetings;

    private boolean mayManage;

    private final LazyDataModel<Meeting> model = new LazyPages<>("startsAt", false,
            request -> meetings.list(request), Meeting::getId);

    @PostConstruct
    void init() {
        mayManage = meetings.mayManage();
    }

    public LazyDataModel<Meeting> getModel() {
        return model;
    }

    public boolean isMayManage() {
        return mayManage;
    }
}
