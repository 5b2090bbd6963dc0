package io.candor.cli;

import io.candor.nlp.questions.LabeledUtterance;
import io.candor.nlp.questions.QuestionClassifier;
import io.candor.nlp.questions.QuestionKind;
import io.candor.nlp.questions.QuestionTsv;
import io.candor.nlp.questions.QuestionTsv.QuestionTsvException;
import io.candor.nlp.questions.Utterance;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code candor questions FILE.tsv}: labels each row {@code id<TAB>speaker<TAB>text} (conversation
 * order; header row optional; blank lines separate conversations; further columns are ignored)
 * and prints {@code id<TAB>open|closed|none}, one line per row. Exit 0, or 2 with a one-line error
 * naming the file and line.
 */
@Command(name = "questions", mixinStandardHelpOptions = true,
        description = "Label each utterance of a TSV conversation (id, speaker, text) as open, closed or none.")
public class QuestionsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.tsv", description = "Rows id<TAB>speaker<TAB>text in conversation order.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<List<LabeledUtterance>> conversations;
        try {
            conversations = QuestionTsv.read(file);
            checkUniqueIds(conversations);
        } catch (QuestionTsvException e) {
            spec.commandLine().getErr().println("questions: " + e.getMessage());
            return 2;
        }
        QuestionClassifier classifier = new QuestionClassifier();
        for (List<LabeledUtterance> rows : conversations) {
            List<Utterance> utterances = rows.stream().map(LabeledUtterance::utterance).toList();
            Map<String, QuestionKind> labels = classifier.classifyUtterances(utterances);
            for (Utterance u : utterances) {
                out.println(u.id() + "\t" + labels.get(u.id()).label());
            }
        }
        out.flush();
        return 0;
    }

    /** Labels are keyed by id within a conversation, so a repeated id would merge two rows. */
    private void checkUniqueIds(List<List<LabeledUtterance>> conversations) {
        for (List<LabeledUtterance> rows : conversations) {
            Set<String> seen = new HashSet<>();
            for (LabeledUtterance row : rows) {
                if (!seen.add(row.utterance().id())) {
                    throw new QuestionTsvException(file + ":" + row.line() + ": duplicate id '" + row.utterance().id()
                            + "' in the same conversation (ids must be unique between blank lines)");
                }
            }
        }
    }
}
