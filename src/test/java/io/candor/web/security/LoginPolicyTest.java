package io.candor.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

    private static final Map<String, String> ANNA = Map.of("anna", "$2a$10$" + "a".repeat(53));

    @Test
    void loopbackAddressesNeedNoLogin() {
        assertThat(LoginPolicy.decide("127.0.0.1", null, Map.of()).required()).isFalse();
        assertThat(LoginPolicy.decide("localhost", null, Map.of()).required()).isFalse();
        assertThat(LoginPolicy.decide("::1", null, Map.of()).required()).isFalse();
    }

    @Test
    void anyOtherAddressNeedsALoginAndAtLeastOneUser() {
        assertThat(LoginPolicy.decide("0.0.0.0", null, ANNA).required()).isTrue();
        assertThat(LoginPolicy.decide("", null, ANNA).required()).as("Tomcat's default is every interface").isTrue();
        assertThatThrownBy(() -> LoginPolicy.decide("0.0.0.0", null, Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("listens on 0.0.0.0")
                .hasMessageContaining("candor.web.users[0].password-hash")
                .hasMessageContaining("./candor hash-password");
    }

    @Test
    void theLoginCanBeForcedOnLoopback() {
        assertThat(LoginPolicy.decide("127.0.0.1", true, ANNA).required()).isTrue();
    }
}
