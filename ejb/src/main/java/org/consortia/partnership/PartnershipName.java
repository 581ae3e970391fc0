package org.consortia.partnership;

import java.io.Serializable;

/** A partnership by its id and name, for choosing one from a list. */
public record PartnershipName(long id, String name) implements Serializable {
}
