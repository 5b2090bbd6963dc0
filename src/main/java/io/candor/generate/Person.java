package io.candor.generate;

import io.candor.domain.Side;

/** Someone on a synthetic call. {@code title} may be null (sellers' titles are not needed). */
public record Person(String name, String email, String title, Side side) {

    String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
