package io.candor.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether a listen address keeps the server on this machine, which is what lets it skip the login. */
final class BindAddresses {

    private BindAddresses() {
    }

    /**
     * True for 127.0.0.0/8, ::1 and names resolving to them ("localhost"). Blank means Tomcat's
     * default, every interface, so it is not loopback.
     */
    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(address.strip());
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            // Tomcat will fail to bind it anyway; treat it as exposed so the login is never skipped by mistake.
            return false;
        }
    }
}
