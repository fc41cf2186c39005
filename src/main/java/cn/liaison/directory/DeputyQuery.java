package cn.liaison.directory;


/** Filters of the public deputy list; all optional. */
public record DeputyQuery(Long stationId, Long regionId, DeputyLevel level, String name) {
}
