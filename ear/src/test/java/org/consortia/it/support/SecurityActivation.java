package org.consortia.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Switches Jakarta Security on in the test deployment, as the portal's login configuration does in
 * the application; without it the platform's password hash is not available for injection.
 */
@BasicAuthenticationMechanismDefinition(realmName = "tests")
@ApplicationScoped
public class SecurityActivation {
}
