package io.candor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error ends on the friendly page {@code web/error}: Candor's own exceptions with their
 * one-line message, everything else (404s, type mismatches, failures) through Boot's error
 * controller with a fixed text per status. Stack traces and exception names never reach a page
 * (server.error.include-* = never in {@link WebApplication#defaults}).
 */
@ControllerAdvice
@Component
class WebErrors implements ErrorViewResolver {

    static final String VIEW = "web/error";

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A query parameter of the wrong type (page=many, turn=x): the friendly page, not Boot's bare 400. */
    @ExceptionHandler({BindException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView malformedParameter(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "A value in the address is malformed: page and turn numbers must be whole numbers.");
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(status, explain(status));
    }

    static ModelAndView page(HttpStatusCode status, String message) {
        ModelAndView mav = new ModelAndView(VIEW, status);
        mav.addObject("status", status.value());
        mav.addObject("title", title(status));
        mav.addObject("message", message);
        return mav;
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error " + status.value() : known.getReasonPhrase();
    }

    private static String explain(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is no page at this address.";
            case BAD_REQUEST -> "The request is malformed: check the address or the form values.";
            case FORBIDDEN -> "You are not allowed to see this page.";
            case METHOD_NOT_ALLOWED -> "This page cannot be used that way.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on the server. The details are in the server's log; the page you asked for is unchanged."
                    : "The request could not be completed.";
        };
    }
}
