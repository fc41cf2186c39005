package cn.liaison.directory.service;

import cn.liaison.directory.DeputyLevel;

/** Filters of the public deputy list; all optional. */
public record DeputyQuery(Long stationId, Long regionId, DeputyLevel level, String name) {
}
