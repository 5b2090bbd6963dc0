package io.candor.cli;

import io.candor.store.DataFolder;
import io.candor.index.IndexMissingException;
import io.candor.index.QuerySyntaxException;
import io.candor.index.SearchRequest;
import io.candor.index.SearchResult;
import io.candor.index.TurnSearcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code candor search 'QUERY'}: full-text search over every turn of every analysed call. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search every turn of every analysed call (Lucene query syntax).",
                "Fields: text (default), speaker, side, deal, call, rep, reason, cause, verdict, signal, question, topic,",
                "detractor, competitor, next_step, next_step_date, business_case, external_cause, compelling_event, person,",
                "account, date, start_ms, turn, amount. Examples: 'pricing', '\"not a priority\"', '\"budget frozen\"~3',",
                "'competitor:zendara AND side:buyer', 'signal:question.open'. See docs/search.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:search ran (with or without hits)", "2:malformed query, bad option, or no index yet"})
public final class SearchCommand implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "Lucene classic query; quote it for the shell.")
    String query;

    @Option(names = "--deal", paramLabel = "ID", description = "Only turns of this deal.")
    String deal;

    @Option(names = "--rep", paramLabel = "NAME", description = "Only deals owned by this rep (full name, any case).")
    String rep;

    @Option(names = "--side", paramLabel = "SIDE", description = "buyer, seller or unknown.")
    String side;

    @Option(names = "--signal", paramLabel = "NAME", description = "Only turns with this signal: a type (detractor) or type.label (question.open).")
    String signal;

    @Option(names = "--cause", paramLabel = "CODE", description = "Only deals with this cause code, e.g. NO_URGENCY.")
    String cause;

    @Option(names = "--reason", paramLabel = "STATED", description = "Only deals whose CRM loss reason is this, e.g. Budget.")
    String reason;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (1-1000, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip, for paging (default ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--context", paramLabel = "N", defaultValue = "0", description = "Turns before and after each hit (0-20, default ${DEFAULT-VALUE}).")
    int context;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Bold hits with ANSI codes: auto (on a terminal), always, never. Otherwise hits are **marked**.")
    String color;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Data folder; the index is <DIR>/index (default ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request = request();
        Path indexDir = DataFolder.index(data);
        try (TurnSearcher searcher = TurnSearcher.open(indexDir)) {
            SearchResult result = searcher.search(request);
            if (json) {
                out.println(SearchJson.render(query, request, result));
            } else {
                new SearchText(out, ansi()).print(query, request, result);
            }
            out.flush();
            return EXIT_OK;
        } catch (QuerySyntaxException | IndexMissingException e) {
            err.println("candor search: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        } catch (java.io.IOException e) {
            err.println("candor search: cannot close index " + indexDir + ": " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private SearchRequest request() {
        try {
            return new SearchRequest(query, deal, rep, side, signal, cause, reason, limit, offset, context, true);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private boolean ansi() {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> System.console() != null && System.getenv("NO_COLOR") == null;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--color must be auto, always or never, got '" + color + "'");
        };
    }
}
