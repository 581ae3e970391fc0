package org.consortia.riskforms;

import java.io.Serializable;

/**
 * One question of a form in the framework's words: its number, the issue it is about (the
 * insurance table's first column; empty for the checklist) and the question itself.
 */
public record FormQuestion(int number, String issue, String text) implements Serializable {
}
