package org.consortia.history;

import java.io.Serializable;

/** One field's value before and after a revision, as text for people to read. */
public record FieldChange(String field, String before, String after) implements Serializable {
}
