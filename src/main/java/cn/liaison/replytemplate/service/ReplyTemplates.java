package cn.liaison.replytemplate.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;

import cn.liaison.directory.Deputies;
import cn.liaison.identity.Caller;
import cn.liaison.identity.Role;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.region.Regions;
import cn.liaison.replytemplate.ReplyTemplate;
import cn.liaison.replytemplate.ReplyTemplateView;
import cn.liaison.replytemplate.repository.ReplyTemplateRepository;
import io.smallrye.mutiny.Uni;

/**
 * The library of reply templates: staff read their office's, the offices' above and below it, and
 * keep their own and those below; a deputy reads those of the offices above their station.
 */
@ApplicationScoped
public class ReplyTemplates {

    /** What staff write; {@code regionId} defaults to the caller's own office. */
    public record Write(@NotBlank @Size(max = 60) String title, @NotBlank @Size(max = 2000) String content, Long regionId) {
    }

    private final ReplyTemplateRepository templates;
    private final Regions regions;
    private final Deputies deputies;
    private final Clock clock;

    public ReplyTemplates(ReplyTemplateRepository templates, Regions regions, Deputies deputies, Clock clock) {
        this.templates = templates;
        this.regions = regions;
        this.deputies = deputies;
        this.clock = clock;
    }

    public Uni<List<ReplyTemplateView>> list(Caller caller) {
        Uni<List<ReplyTemplate>> found;
        if (caller.isAdmin()) {
            found = templates.everywhere();
        } else if (caller.is(Role.STAFF) && caller.regionPath() != null) {
            found = templates.visible(withAncestors(caller.regionPath()), caller.regionPath());
        } else if (caller.is(Role.DEPUTY)) {
            found = deputies.ofUser(caller.userId()).chain(deputy -> deputy == null ? Uni.createFrom().item(List.<ReplyTemplate>of())
                    : templates.visible(withAncestors(deputy.regionPath()), null));
        } else {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN));
        }
        return found.map(list -> list.stream().map(t -> ReplyTemplateView.of(t, caller.mayAdminister(t.regionPath))).toList());
    }

    @WithTransaction
    public Uni<ReplyTemplateView> create(Caller caller, @Valid Write write) {
        Long regionId = write.regionId() != null ? write.regionId() : ownOffice(caller);
        if (regionId == null) {
            return Uni.createFrom().failure(ApiException.invalidField("regionId", "field.region-required"));
        }
        return regions.pathOf(regionId).chain(path -> {
            if (path == null || !caller.mayAdminister(path)) {
                throw ApiException.invalidField("regionId", "field.office-unknown");
            }
            ReplyTemplate t = new ReplyTemplate();
            t.regionId = regionId;
            t.regionPath = path;
            t.write(write.title(), write.content(), caller.userId(), Instant.now(clock));
            return templates.persist(t).map(saved -> ReplyTemplateView.of(saved, true));
        });
    }

    /** Title and text change; the office stays. */
    @WithTransaction
    public Uni<ReplyTemplateView> update(Caller caller, long id, @Valid Write write) {
        return kept(caller, id).map(t -> {
            t.write(write.title(), write.content(), caller.userId(), Instant.now(clock));
            return ReplyTemplateView.of(t, true);
        }).call(templates::flush);
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, long id) {
        return kept(caller, id).chain(templates::delete);
    }

    /** A template the caller keeps; anyone else's is not found. */
    private Uni<ReplyTemplate> kept(Caller caller, long id) {
        return templates.findById(id).map(t -> {
            if (t == null || !caller.mayAdminister(t.regionPath)) {
                throw ApiException.notFound();
            }
            return t;
        });
    }

    /** The staff member's region: the last id on their path ({@code /1/7/42/} is 42). */
    private static Long ownOffice(Caller caller) {
        String path = caller.isAdmin() ? null : caller.regionPath();
        if (path == null) {
            return null;
        }
        String[] ids = path.split("/");
        return Long.valueOf(ids[ids.length - 1]);
    }

    /** {@code /1/7/42/} and every path above it: {@code /1/}, {@code /1/7/}. */
    static List<String> withAncestors(String path) {
        List<String> paths = new ArrayList<>();
        for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
            paths.add(path.substring(0, slash + 1));
        }
        return paths;
    }
}
