package org.consortia.web.upload;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;
import org.consortia.upload.UploadCheck;

/**
 * Lets every servlet read a form with a file, up to a little more than the largest file the portal
 * accepts, so that a file just over the limit reaches the service and is refused with its message.
 * Every servlet, not only Faces: a workspace page is addressed as {@code /w/{slug}/page} and forwarded
 * to its view, and the server reads the form with the servlet first addressed.
 */
public class UploadLimits implements ServletExtension {

    /** The most a file in a form may be. */
    public static final long MAX_FILE = UploadCheck.MAX_BYTES + 2L * 1024 * 1024;

    /** The most a whole form with a file may be: the file and the form's other fields. */
    public static final long MAX_REQUEST = MAX_FILE + 128L * 1024;

    private static final int IN_MEMORY_UP_TO = 1024 * 1024;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.setDefaultMultipartConfig(new MultipartConfigElement("", MAX_FILE, MAX_REQUEST, IN_MEMORY_UP_TO));
    }
}
