package org.consortia.mou;

import java.io.Serializable;
import java.util.List;
import org.consortia.history.TextDiff;

/** How one section differs between two versions of the Memorandum. */
public record SectionChange(MouHeading heading, List<TextDiff.Line> diff) implements Serializable {
}
