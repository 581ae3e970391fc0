package org.consortia.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The problems of the request that belong beside a field or a part of the page, for the summary at
 * the top of the page to list, each linking to where it is shown.
 */
@Named
@ApplicationScoped
public class ErrorSummary {

    /** One problem and the id of the element it is shown beside. */
    public record Problem(String targetId, String message) {
    }

    public List<Problem> getProblems() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue;
            }
            for (FacesMessage message : context.getMessageList(id)) {
                if (message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    problems.add(new Problem(id, message.getSummary()));
                }
            }
        }
        return problems;
    }
}
