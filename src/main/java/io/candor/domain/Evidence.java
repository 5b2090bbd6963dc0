package io.candor.domain;

/** A quote that backs a finding. startMs is null where the transcript has no times. */
public record Evidence(String callId, Long startMs, String speaker, Side speakerSide, String quote) {
}
