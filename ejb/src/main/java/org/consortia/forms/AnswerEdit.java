package org.consortia.forms;

import java.io.Serializable;

/**
 * A changed answer to one question, as typed (the service turns it into its kind's canonical text),
 * its notes, and the version of the answer the change was made to.
 */
public record AnswerEdit(String question, String value, String note, String secondNote, long expectedVersion)
        implements Serializable {
}
