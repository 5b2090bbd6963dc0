package io.candor.ingest;

import tools.jackson.databind.JsonNode;

/**
 * Base of the JSON formats: they recognise and read a parsed document, so the registry parses a
 * file once and asks every JSON format about the same tree.
 */
abstract class JsonTranscriptFormat implements TranscriptFormat {

    @Override
    public final boolean detects(String content) {
        JsonNode root = TranscriptJson.tryRead(content);
        return root != null && detects(root);
    }

    @Override
    public final ParsedTranscript parse(String content, String file) throws TranscriptException {
        return parse(TranscriptJson.read(content, file), file);
    }

    /** True when the document has this format's distinctive structure. */
    abstract boolean detects(JsonNode root);

    abstract ParsedTranscript parse(JsonNode root, String file) throws TranscriptException;

    /** The error for a document of another shape, naming what this format expects. */
    final TranscriptException notThisFormat(String file, String expected) {
        return new TranscriptException(file, null, "not " + name() + ": expected " + expected);
    }
}
