package io.candor.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void aFirstNameMatchesTheFullNameAndTheEmail() {
        assertThat(PersonNames.sameSpeaker("Sally", "Sally Jensen", null)).isTrue();
        assertThat(PersonNames.sameSpeaker("Sally Jensen", "Sally", null)).isTrue();
        assertThat(PersonNames.sameSpeaker("Sally Jensen", "Tasha's iPhone", "sally.jensen@halvorsen.com")).isTrue();
        assertThat(PersonNames.sameSpeaker("our Dr. Sally", "Sally Jensen", null)).isTrue();
    }

    @Test
    void differentPeopleDoNotMatch() {
        assertThat(PersonNames.sameSpeaker("Sally Jensen", "Sally Park", null)).isFalse();
        assertThat(PersonNames.sameSpeaker("Sam", "Samantha Ortiz", null)).isFalse();
        assertThat(PersonNames.sameSpeaker("IT", "Ivan Taylor", "ivan.taylor@x.com")).isFalse();
    }

    @Test
    void diarizationLabelsAreNotNames() {
        assertThat(PersonNames.isDiarizationLabel("SPEAKER_01")).isTrue();
        assertThat(PersonNames.isDiarizationLabel("spk_0")).isTrue();
        assertThat(PersonNames.isDiarizationLabel("A")).isTrue();
        assertThat(PersonNames.isDiarizationLabel("1")).isTrue();
        assertThat(PersonNames.isDiarizationLabel("Al")).isFalse();
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(PersonNames.namedIn("Could we bring IT into the next call?", "IT")).isTrue();
        assertThat(PersonNames.namedIn("Could we get it done by Friday?", "IT")).isFalse();
        assertThat(PersonNames.namedIn("Could we meet sally this week?", "Sally Jensen")).isTrue();
    }
}
