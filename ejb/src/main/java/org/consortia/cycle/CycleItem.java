package org.consortia.cycle;

import java.io.Serializable;

/**
 * One document or form the cycle asks for, as the record lists it.
 *
 * @param title       what it is, in the framework's words
 * @param source      where the framework asks for it (an appendix or a section)
 * @param state       where it stands
 * @param outstanding what still has to be done, or null when nothing is (or it is not due yet)
 * @param link        the page it is kept on, from the portal's root
 */
public record CycleItem(String title, String source, String state, String outstanding, String link)
        implements Serializable {
}
