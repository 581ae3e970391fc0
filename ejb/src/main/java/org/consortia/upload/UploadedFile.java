package org.consortia.upload;

/**
 * A file that passed the checks: its name as uploaded, the type its content shows, and the SHA-256 of
 * that content in hexadecimal.
 */
public record UploadedFile(String name, String mediaType, byte[] content, String sha256) {

    public UploadedFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
