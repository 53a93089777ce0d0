package cn.sunledger.web.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** A text of the ui bundle in the page's language, for messages the views add themselves. */
final class UiText {

    private UiText() {
    }

    static String get(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = ResourceBundle.getBundle("cn.sunledger.web.i18n.ui", faces.getViewRoot().getLocale())
                .getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    /** A problem the page itself finds before asking a service (a missing choice, say). */
    static void error(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, args), null));
        faces.validationFailed();
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
