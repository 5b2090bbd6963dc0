package io.candor.domain;

/** A row of participants.csv: who was on a call, and on which side. Email, affiliation and title may be null. */
public record Participant(String callId, String name, String email, Side affiliation, String title) {
}
