package cn.sunledger.web.interfaces.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Staff pages are in Chinese unless the browser asks for English. Without an Accept-Language header the servlet
 * container reports the server's own locale (often en_US) as the client's, and Faces would then choose English;
 * here a request that states no language gets the application's default locale (zh_CN, faces-config.xml).
 */
public class ChineseUnlessAskedViewHandler extends ViewHandlerWrapper {

    public ChineseUnlessAskedViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        String asked = context.getExternalContext().getRequestHeaderMap().get("Accept-Language");
        if (asked == null || asked.isBlank() || asked.strip().equals("*")) {
            Locale fallback = context.getApplication().getDefaultLocale();
            return fallback == null ? Locale.SIMPLIFIED_CHINESE : fallback;
        }
        return super.calculateLocale(context);
    }
}
