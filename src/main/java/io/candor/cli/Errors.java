package io.candor.cli;

/** Turns an exception into the one line a user needs: the innermost message, no stack trace. */
final class Errors {

    private Errors() {
    }

    static String oneLine(Throwable t) {
        Throwable root = t;
        String message = t.getMessage();
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root.getMessage() != null) {
                message = root.getMessage();
            }
        }
        if (message == null) {
            message = root.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
