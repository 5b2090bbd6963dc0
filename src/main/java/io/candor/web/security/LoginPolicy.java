package io.candor.web.security;

import java.util.Map;

/**
 * Whether this server asks for a login, and whom it lets in.
 *
 * @param required true unless the server listens on loopback only (or {@code candor.web.require-login} says so)
 * @param users    name to BCrypt hash
 */
record LoginPolicy(boolean required, Map<String, String> users) {

    LoginPolicy {
        users = Map.copyOf(users);
    }

    /**
     * Decides from the listen address. A server reachable from other machines with no user
     * configured would be either open to the network or unusable, so it refuses to start.
     */
    static LoginPolicy decide(String bindAddress, Boolean requireLogin, Map<String, String> users) {
        boolean required = requireLogin != null ? requireLogin : !BindAddresses.isLoopback(bindAddress);
        if (required && users.isEmpty()) {
            throw new IllegalStateException("a login is required (server listens on "
                    + (bindAddress == null || bindAddress.isBlank() ? "every interface" : bindAddress)
                    + ", not on loopback only) but no user is configured: set candor.web.users[0].name and"
                    + " candor.web.users[0].password-hash, or candor.web.users-file (`./candor serve --users FILE`);"
                    + " make a hash with `./candor hash-password` (docs/web.md)");
        }
        return new LoginPolicy(required, users);
    }
}
