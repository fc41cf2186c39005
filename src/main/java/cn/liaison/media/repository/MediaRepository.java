package cn.liaison.media.repository;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.media.Media;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;

@ApplicationScoped
@WithSession
public class MediaRepository implements PanacheRepositoryBase<Media, Long> {
}
