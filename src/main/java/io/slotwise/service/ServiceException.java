package io.slotwise.service;

import java.util.Objects;

/**
 * A refused request: what kind of refusal, the message to show (the vendors' own words where they
 * give them), and the field at fault when there is one. Nothing was written.
 */
public final class ServiceException extends RuntimeException {

    private final Problem problem;
    private final String field;

    public ServiceException(Problem problem, String message, String field) {
        super(message);
        this.problem = Objects.requireNonNull(problem);
        this.field = field;
    }

    public static ServiceException invalid(String field, String message) {
        return new ServiceException(Problem.INVALID, message, field);
    }

    public static ServiceException notFound(String message) {
        return new ServiceException(Problem.NOT_FOUND, message, null);
    }

    public static ServiceException forbidden(String message) {
        return new ServiceException(Problem.FORBIDDEN, message, null);
    }

    public static ServiceException tooLarge(String field, String message) {
        return new ServiceException(Problem.TOO_LARGE, message, field);
    }

    public static ServiceException unprocessable(String field, String message) {
        return new ServiceException(Problem.UNPROCESSABLE, message, field);
    }

    /** The post changed since the user saw it ({@link StalePost}): nothing was written. */
    public static ServiceException conflict(String message) {
        return new ServiceException(Problem.CONFLICT, message, "post");
    }

    public static ServiceException unavailable(String message) {
        return new ServiceException(Problem.UNAVAILABLE, message, null);
    }

    public Problem problem() {
        return problem;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }
}
