package org.consortia.membership;

import java.io.Serializable;

/** Whether a workspace requires its members to sign in with a second factor, at a version of its partnership. */
public record SecondFactorRule(boolean required, long partnershipVersion) implements Serializable {
}
