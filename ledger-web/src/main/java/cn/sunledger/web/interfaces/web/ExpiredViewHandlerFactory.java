package cn.sunledger.web.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.ResourceBundle;

/**
 * A form sent with a view state the server no longer has (the session ended, the page was left open for hours)
 * or never had (a forged or garbled {@code jakarta.faces.ViewState}, before login too) is not a server error:
 * the user is sent back to the same page, freshly rendered, with a message saying why their action was not taken.
 * Faces reports the first case as {@link ViewExpiredException}; a garbled state may fail in other ways while the
 * view is restored, which is the same situation for the user.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            boolean expired = false;
            while (events.hasNext()) {
                ExceptionQueuedEventContext event = events.next().getContext();
                if (isExpiredView(faces, event)) {
                    events.remove();
                    expired = true;
                }
            }
            if (expired && !faces.getResponseComplete()) {
                reload(faces);
            }
            getWrapped().handle();
        }

        private static boolean isExpiredView(FacesContext faces, ExceptionQueuedEventContext event) {
            for (Throwable t = event.getException(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return PhaseId.RESTORE_VIEW.equals(event.getPhaseId()) && faces.isPostback();
        }

        /** Redirects to the page the form was on (with its query), keeping the message for it. */
        private static void reload(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String page = external.getRequestServletPath();
            String query = request.getQueryString();
            ResourceBundle ui = ResourceBundle.getBundle("cn.sunledger.web.i18n.ui",
                    CDI.current().select(LocaleView.class).get().getLocale());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, ui.getString("view.expired"), null));
            external.getFlash().setKeepMessages(true);
            try {
                external.redirect(external.getRequestContextPath() + page + (query == null ? "" : "?" + query));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
