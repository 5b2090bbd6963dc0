package io.candor.config;

import java.util.List;

/** A competitor from candor.yml with the other names buyers use for it. */
public record Competitor(String name, List<String> aliases) {

    public Competitor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The name followed by its aliases. */
    public List<String> allNames() {
        var all = new java.util.ArrayList<String>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
