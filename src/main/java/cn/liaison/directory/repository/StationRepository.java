package cn.liaison.directory.repository;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Station;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;

@ApplicationScoped
@WithSession
public class StationRepository implements PanacheRepositoryBase<Station, Long> {
}
