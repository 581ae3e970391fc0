package org.consortia.forms;

import java.io.Serializable;
import java.time.LocalDate;

/** Changed completion details of a form, and the version they were made to. */
public record SignOffEdit(String completedBy, LocalDate completedOn, String jobTitle, String telephone,
        long expectedVersion) implements Serializable {
}
