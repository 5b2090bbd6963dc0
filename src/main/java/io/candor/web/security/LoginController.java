package io.candor.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security handles the POST. Without a login policy there is nothing to log in to. */
@Controller
class LoginController {

    private final LoginPolicy policy;

    LoginController(LoginPolicy policy) {
        this.policy = policy;
    }

    @GetMapping("/login")
    String login() {
        return policy.required() ? "web/login" : "redirect:/";
    }
}
