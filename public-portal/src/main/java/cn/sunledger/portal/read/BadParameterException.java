package cn.sunledger.portal.read;

import java.util.List;

/**
 * A request parameter the portal cannot accept. It becomes a 400 problem document with one
 * {@code {field, message}} per bad parameter, never a 500.
 */
public class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public BadParameterException(List<FieldError> errors) {
        super(errors.isEmpty() ? "bad request" : errors.get(0).field() + ": " + errors.get(0).english());
        this.errors = List.copyOf(errors);
    }

    public BadParameterException(String field, String chinese, String english) {
        this(List.of(new FieldError(field, chinese, english)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One refused parameter, explained in Chinese (the default) and in English. */
    public record FieldError(String field, String chinese, String english) {
    }
}
