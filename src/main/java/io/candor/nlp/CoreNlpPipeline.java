package io.candor.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of this JVM. Model loading takes seconds and about a gigabyte, so it
 * is built once, on first use, and shared by every thread (StanfordCoreNLP.annotate is thread-safe).
 *
 * <p>Annotators are only what the detectors need. Measured on conversational English (design.md):
 * ner with the fine-grained KBP gazetteer costs ~8x the rest together, so it is off; SUTime stays on
 * because dated next steps need real dates, and the numeric classifiers stay on for MONEY/PERCENT
 * in business-case talk.
 */
public final class CoreNlpPipeline {

    private static volatile CoreNlpPipeline shared;
    private static volatile CoreNlpPipeline syntax;

    private final StanfordCoreNLP nlp;

    private CoreNlpPipeline(Properties props) {
        this.nlp = new StanfordCoreNLP(props);
    }

    public static CoreNlpPipeline shared() {
        CoreNlpPipeline p = shared;
        if (p == null) {
            synchronized (CoreNlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new CoreNlpPipeline(properties());
                    shared = p;
                }
            }
        }
        return p;
    }

    /**
     * A lighter pipeline for detectors that need only tokens, POS tags and lemmas (questions,
     * discovery topics). Measured (design.md): pos + lemma run at ~29,000 words/s against ~1,000-8,000
     * with ner, and CoreNLP's annotator pool shares the tokenizer and tagger models with
     * {@link #shared()}, so the second pipeline costs no second model load.
     */
    public static CoreNlpPipeline syntax() {
        CoreNlpPipeline p = syntax;
        if (p == null) {
            synchronized (CoreNlpPipeline.class) {
                p = syntax;
                if (p == null) {
                    p = new CoreNlpPipeline(syntaxProperties());
                    syntax = p;
                }
            }
        }
        return p;
    }

    static Properties syntaxProperties() {
        Properties props = properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        return props;
    }

    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        // Transcripts run sentences together; a newline is a turn break, never a sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        return props;
    }

    /**
     * Annotates one text. {@code referenceDate} anchors relative dates ("next Tuesday") to the
     * call's own date; null leaves them unresolved.
     */
    public CoreDocument annotate(String text, LocalDate referenceDate) {
        CoreDocument doc = new CoreDocument(text);
        if (referenceDate != null) {
            doc.annotation().set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
        }
        nlp.annotate(doc);
        return doc;
    }
}
