package io.candor.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app over {@link WebFixture}'s data folder, as `candor serve` starts it on 127.0.0.1 (no
 * login). Every controller test extends it, so they share one cached context.
 */
@SpringBootTest(classes = WebApplication.class)
@AutoConfigureMockMvc
public abstract class WebMvcTestSupport {

    @DynamicPropertySource
    static void fixture(DynamicPropertyRegistry registry) {
        WebApplication.defaults(WebFixture.dataFolder()).forEach((key, value) -> registry.add(key, () -> value));
    }
}
