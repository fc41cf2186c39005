package cn.liaison.replytemplate.repository;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.region.RegionPaths;
import io.smallrye.mutiny.Uni;

/** An office's reply templates follow it when it moves. */
@ApplicationScoped
public class ReplyTemplateRegionPaths implements RegionPaths {

    private final ReplyTemplateRepository templates;

    public ReplyTemplateRegionPaths(ReplyTemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    public Uni<Void> moved(String from, String to) {
        return templates.followMove(from, to).replaceWithVoid();
    }
}
