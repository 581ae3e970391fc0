package org.consortia.forms;

import java.io.Serializable;

/** One of the options a question lists: the key stored with the answer, and its words. */
public record ChoiceOption(String key, String label) implements Serializable {
}
