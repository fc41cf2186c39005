package cn.liaison.suggestion.repository;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.region.RegionPaths;
import io.smallrye.mutiny.Uni;

/** A suggestion stays with the office that handles it when its region moves. */
@ApplicationScoped
public class SuggestionRegionPaths implements RegionPaths {

    private final SuggestionRepository suggestions;

    public SuggestionRegionPaths(SuggestionRepository suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public Uni<Void> moved(String from, String to) {
        return suggestions.followMove(from, to).replaceWithVoid();
    }
}
