package org.consortia.forms;

/** A template file that cannot be read, naming the file and the line where it goes wrong. */
public class MalformedTemplateException extends RuntimeException {

    public MalformedTemplateException(String file, long line, String problem) {
        super(file + ", line " + line + ": " + problem);
    }

    public MalformedTemplateException(String file, long line, String problem, Throwable cause) {
        super(file + ", line " + line + ": " + problem, cause);
    }
}
