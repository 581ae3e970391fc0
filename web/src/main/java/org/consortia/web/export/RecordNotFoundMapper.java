package org.consortia.web.export;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.consortia.access.RecordNotFoundException;

/** A download of a record the caller cannot reach is answered 404, whether it exists or not. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFoundException> {

    @Override
    public Response toResponse(RecordNotFoundException missing) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("Not found.").build();
    }
}
