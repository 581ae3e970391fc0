package org.consortia.riskforms;

import java.io.Serializable;

/** A changed answer to one question, and the version of the answer the change was made to. */
public record AnswerEdit(int question, Response response, String comments, long expectedVersion) implements Serializable {
}
