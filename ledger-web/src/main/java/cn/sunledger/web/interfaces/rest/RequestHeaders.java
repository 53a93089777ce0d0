package cn.sunledger.web.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request context seen as HttpHeaders, for code that only needs the headers (e.g. the language). */
final class RequestHeaders implements HttpHeaders {

    private final ContainerRequestContext request;

    RequestHeaders(ContainerRequestContext request) {
        this.request = request;
    }

    @Override
    public List<String> getRequestHeader(String name) {
        return request.getHeaders().get(name);
    }

    @Override
    public String getHeaderString(String name) {
        return request.getHeaderString(name);
    }

    @Override
    public jakarta.ws.rs.core.MultivaluedMap<String, String> getRequestHeaders() {
        return request.getHeaders();
    }

    @Override
    public List<MediaType> getAcceptableMediaTypes() {
        return request.getAcceptableMediaTypes();
    }

    @Override
    public List<Locale> getAcceptableLanguages() {
        return request.getAcceptableLanguages();
    }

    @Override
    public MediaType getMediaType() {
        return request.getMediaType();
    }

    @Override
    public Locale getLanguage() {
        return request.getLanguage();
    }

    @Override
    public Map<String, Cookie> getCookies() {
        return request.getCookies();
    }

    @Override
    public Date getDate() {
        return request.getDate();
    }

    @Override
    public int getLength() {
        return request.getLength();
    }
}
