package cn.liaison.directory;

import java.time.Instant;
import java.util.List;

import io.smallrye.mutiny.Uni;

/** The reception days a station announces, told by the duty feature that keeps them. */
public interface StationAgenda {

    /** The next reception days at the station after {@code now}, soonest first, at most {@code count}. */
    Uni<List<StationDetails.UpcomingReception>> upcoming(long stationId, Instant now, int count);
}
