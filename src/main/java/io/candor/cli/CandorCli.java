package io.candor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `candor`: the one command users meet first. Each capability is a subcommand. */
@Command(name = "candor",
        mixinStandardHelpOptions = true,
        version = "Candor 0.1.0",
        description = "Mines the call transcripts of lost deals for the causes the CRM does not record.",
        subcommands = {
                RunCommand.class,
                ReportCommand.class,
                HistoryCommand.class,
                AnalyzeCallCommand.class,
                ExportCommand.class,
                QuestionsCommand.class,
                EvalCommand.class,
                SearchCommand.class,
                GenerateCommand.class,
                BenchmarkCommand.class,
                AnalyzeBenchmarkCommand.class,
                ServeCommand.class,
                HashPasswordCommand.class,
                CommandLine.HelpCommand.class
        })
public final class CandorCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns the exit code (README "Exit codes"). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new CandorCli());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("candor " + commandLine.getCommandName() + ": " + Errors.oneLine(ex));
            return ExitCodes.FAILED;
        });
        return cli.execute(args);
    }
}
