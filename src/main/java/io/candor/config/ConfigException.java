package io.candor.config;

/** candor.yml is unreadable or names a key Candor does not know. The message names file and key. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
