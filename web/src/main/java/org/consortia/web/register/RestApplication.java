package org.consortia.web.register;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** REST resources live under /api so that they do not swallow the Faces pages at the root. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
