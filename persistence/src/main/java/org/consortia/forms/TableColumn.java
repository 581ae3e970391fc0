package org.consortia.forms;

import java.io.Serializable;

/** A column of a table answer: its key, its heading and the kind of answer each cell takes. */
public record TableColumn(String key, String label, AnswerKind kind) implements Serializable {
}
