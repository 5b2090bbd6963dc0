package io.candor.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.candor.web.WebApplication;
import io.candor.web.WebFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The server as `candor serve --bind 0.0.0.0` starts it: every page but the login form needs a login. */
@SpringBootTest(classes = WebApplication.class)
@AutoConfigureMockMvc
class RemoteLoginTest {

    /** BCrypt (cost 4, to keep the test fast) of "correct horse battery", as `candor hash-password --cost 4` prints it. */
    static final String HASH = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("correct horse battery");

    @DynamicPropertySource
    static void exposed(DynamicPropertyRegistry registry) {
        WebApplication.defaults(WebFixture.dataFolder()).forEach((key, value) -> registry.add(key, () -> value));
        registry.add("server.address", () -> "0.0.0.0");
        registry.add("candor.web.users[0].name", () -> "anna");
        registry.add("candor.web.users[0].password-hash", () -> HASH);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void pagesRedirectToTheLoginFormUntilLoggedIn() throws Exception {
        mvc.perform(get("/search")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/calls/D-1001-disco")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/web/candor.css")).andExpect(status().isOk());
        String form = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
    }

    @Test
    void theRightPasswordLetsTheUserIn() throws Exception {
        var login = mvc.perform(formLogin("/login").user("anna").password("correct horse battery"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();

        String html = mvc.perform(get("/search").param("q", "Zendara").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<mark>Zendara</mark>", "Log out <span>anna</span>");

        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void aWrongPasswordOrUserIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("anna").password("Tr0ub4dor&3")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("mallory").password("correct horse battery")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void everyResponseForbidsScriptsAndFraming() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", WebSecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
