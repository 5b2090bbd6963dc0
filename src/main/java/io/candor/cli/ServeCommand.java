package io.candor.cli;

import io.candor.web.WebApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `candor serve`: the search and report pages over the data the nightly job writes, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves search, transcripts, deal reports and the loss dashboard in a browser.",
                "Reads the database and index of --data (as written by `candor run`); may run while a run writes them.",
                "Listens on 127.0.0.1 only unless --bind says otherwise; then a login is required (docs/web.md)."},
        footer = {"", "Exit codes: 0 stopped, 1 could not start (port in use, no user for a non-local address), 2 usage error."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = WebApplication.LOOPBACK, paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any other address requires a login.")
    String bind;

    @Option(names = "--users", paramLabel = "FILE",
            description = "File of name:bcrypt-hash lines (see `candor hash-password`); or set candor.web.users[i].* in the environment.")
    Path users;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            System.err.println("candor serve: --port must be 0..65535, got " + port);
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(data.data)) {
            System.err.println("candor serve: no data folder at " + data.data.toAbsolutePath().normalize()
                    + "; run `./candor run` first, or pass --data DIR");
            return ExitCodes.USAGE;
        }
        if (users != null && !Files.isReadable(users)) {
            System.err.println("candor serve: --users " + users + " is not a readable file");
            return ExitCodes.USAGE;
        }
        ConfigurableApplicationContext context;
        try {
            context = WebApplication.start(data.data, port, bind, settings());
        } catch (RuntimeException e) {
            System.err.println("candor serve: could not start: " + Errors.oneLine(e));
            return ExitCodes.FAILED;
        }
        System.out.println("Candor is serving " + data.data.toAbsolutePath().normalize() + " at " + url(context)
                + "  (Ctrl-C stops it)");
        awaitClose(context);
        return ExitCodes.OK;
    }

    private Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (users != null) {
            settings.put("candor.web.users-file", users.toAbsolutePath().normalize().toString());
        }
        return settings;
    }

    private String url(ConfigurableApplicationContext context) {
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + context.getEnvironment().getProperty("local.server.port") + "/";
    }

    /** Blocks until the context closes: Ctrl-C runs Spring's shutdown hook, which closes it. */
    private static void awaitClose(ConfigurableApplicationContext context) {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (!context.isActive()) {
            return;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.close();
        }
    }
}
