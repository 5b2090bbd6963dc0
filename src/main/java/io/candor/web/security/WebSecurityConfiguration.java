package io.candor.web.security;

import io.candor.web.WebSettings;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what. On a loopback address everyone on this machine may read (as with any local
 * tool); on any other address every page but the login page and the stylesheet needs a login.
 * Both modes send a strict Content-Security-Policy: the pages run no script at all, so even a
 * transcript that slipped past escaping could not execute one.
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfiguration {

    /** Scripts are never needed; inline styles are, because the report templates style their SVG charts inline. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    LoginPolicy loginPolicy(Environment env, WebSettings settings) {
        return LoginPolicy.decide(env.getProperty("server.address"), settings.requireLogin(), WebUsers.load(settings));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService candorUsers(LoginPolicy policy) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (Map.Entry<String, String> user : policy.users().entrySet()) {
            manager.createUser(User.withUsername(user.getKey()).password(user.getValue()).roles("VIEWER").build());
        }
        return manager;
    }

    @Bean
    SecurityFilterChain candorSecurity(HttpSecurity http, LoginPolicy policy) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        if (policy.required()) {
            http.authorizeHttpRequests(auth -> auth
                            .requestMatchers("/web/**", "/login", "/error", "/favicon.ico").permitAll()
                            .anyRequest().authenticated())
                    .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        } else {
            http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        }
        return http.build();
    }
}
