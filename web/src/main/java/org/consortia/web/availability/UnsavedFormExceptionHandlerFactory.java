package org.consortia.web.availability;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link UnsavedFormExceptionHandler} in front of the handlers configured before it. */
public class UnsavedFormExceptionHandlerFactory extends ExceptionHandlerFactory {

    public UnsavedFormExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new UnsavedFormExceptionHandler(getWrapped().getExceptionHandler());
    }
}
