package org.consortia.web.export;

import jakarta.ws.rs.core.Response;
import org.consortia.export.Download;

/**
 * The response for a download: saved as a file under its own name rather than shown, and kept by
 * no cache on the way, since most downloads hold a workspace's or the council's records.
 * ({@code X-Content-Type-Options: nosniff} is on every response already.)
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response of(Download download) {
        return Response.ok(download.content(), download.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
