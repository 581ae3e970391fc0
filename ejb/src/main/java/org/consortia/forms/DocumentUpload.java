package org.consortia.forms;

/** A file uploaded for a question whose answer is a document, as the browser sent it, before any check. */
public record DocumentUpload(String question, String fileName, byte[] content) {

    public DocumentUpload {
        content = content == null ? null : content.clone();
    }

    @Override
    public byte[] content() {
        return content == null ? null : content.clone();
    }
}
