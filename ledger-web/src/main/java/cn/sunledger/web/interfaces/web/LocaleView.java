package cn.sunledger.web.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The UI language of this session: Chinese unless the browser prefers English, switchable from every page.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            var request = FacesContext.getCurrentInstance().getExternalContext();
            // without an Accept-Language header the container reports its own locale (often en_US) as the
            // client's: only a browser that states a language is taken at its word
            String asked = request.getRequestHeaderMap().get("Accept-Language");
            Locale requested = asked == null || asked.isBlank() ? null : request.getRequestLocale();
            locale = requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH
                    : Locale.SIMPLIFIED_CHINESE;
        }
        return locale;
    }

    public String getLanguage() {
        return "en".equals(getLocale().getLanguage()) ? "en" : "zh-CN";
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    /** Switches the language and reloads the current page in it. */
    public String use(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
