package org.consortia.attention;

import java.time.LocalDate;
import java.util.List;
import org.consortia.identity.Caller;

/**
 * A feature whose work falls due. Each one is a CDI bean; inside the current workspace it answers,
 * for everyone at once, what is due or overdue on the day and who is to act on it. The attention
 * panels show a person their share; the daily reminders e-mail it.
 */
public interface DueSource {

    List<DueItem> dueIn(LocalDate today);

    /**
     * Whether anything this source finds could be for the person, told without reading: a source whose
     * reads only some people need says no for the others, so that their pages do not pay for them.
     */
    default boolean mayHaveFor(Caller caller) {
        return true;
    }
}
