package cn.liaison.directory.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.liaison.directory.Deputy;
import cn.liaison.directory.ProfileChange;
import cn.liaison.directory.repository.DeputyRepository;
import cn.liaison.directory.repository.ProfileChangeRepository;
import cn.liaison.identity.Caller;
import cn.liaison.media.service.MediaLibrary;
import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.paging.Cursor;
import cn.liaison.platform.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A deputy's own profile edits wait for staff approval; until then the public sees the approved
 * profile. One change waits at a time: a new request replaces the pending one.
 */
@ApplicationScoped
public class ProfileChanges {

    private final ProfileChangeRepository changes;
    private final DeputyRepository deputies;
    private final MediaLibrary media;
    private final DirectoryCache cache;
    private final Clock clock;

    public ProfileChanges(ProfileChangeRepository changes, DeputyRepository deputies, MediaLibrary media,
            DirectoryCache cache, Clock clock) {
        this.changes = changes;
        this.deputies = deputies;
        this.media = media;
        this.cache = cache;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ProfileChangeView> request(Caller caller, @Valid ProfileChangeInput input) {
        return ownDeputy(caller)
                .call(() -> media.requireUsable(caller, input.photoId() == null ? List.of() : List.of(input.photoId()), "photoId"))
                .call(deputy -> changes.withdrawPending(deputy.id))
                .chain(deputy -> {
                    ProfileChange change = new ProfileChange();
                    change.deputyId = deputy.id;
                    change.regionPath = deputy.regionPath;
                    change.requestedBy = caller.userId();
                    change.photoId = input.photoId();
                    change.biography = input.biography();
                    change.publicContact = input.publicContact();
                    change.occupation = input.occupation();
                    change.workUnit = input.workUnit();
                    change.state = ProfileChange.State.PENDING;
                    change.createdAt = Instant.now(clock);
                    return changes.persistAndFlush(change);
                })
                .map(ProfileChangeView::of);
    }

    /** The deputy's latest change, to see whether it waits, was applied, or why it was rejected. */
    @WithSession
    public Uni<ProfileChangeView> latest(Caller caller) {
        return ownDeputy(caller).chain(deputy -> changes.latestOf(deputy.id))
                .onItem().ifNull().failWith(ApiException::notFound)
                .map(ProfileChangeView::of);
    }

    @WithSession
    public Uni<Page<ProfileChangeView>> pending(Caller caller, String cursor, int limit) {
        long after = cursor == null ? 0 : Cursor.longKey(cursor);
        return changes.pending(caller.scopePrefix(), after, limit + 1)
                .map(rows -> Page.of(rows, limit, ProfileChangeView::of, c -> Cursor.of(c.id)));
    }

    public Uni<ProfileChangeView> approve(Caller caller, long id) {
        return applyApproval(caller, id).call(cache::changed);
    }

    @WithTransaction
    Uni<ProfileChangeView> applyApproval(Caller caller, long id) {
        return pendingInScope(caller, id).chain(change -> deputies.findById(change.deputyId).chain(deputy -> {
            if (change.photoId != null) {
                deputy.photoId = change.photoId;
            }
            if (change.biography != null) {
                deputy.biography = change.biography;
            }
            if (change.publicContact != null) {
                deputy.publicContact = change.publicContact;
            }
            if (change.occupation != null) {
                deputy.occupation = change.occupation;
            }
            if (change.workUnit != null) {
                deputy.workUnit = change.workUnit;
            }
            deputy.updatedAt = Instant.now(clock);
            decide(caller, change, ProfileChange.State.APPROVED, null);
            return media.makePublic(change.photoId == null ? List.of() : List.of(change.photoId)).replaceWith(change);
        })).map(ProfileChangeView::of);
    }

    @WithTransaction
    public Uni<ProfileChangeView> reject(Caller caller, long id, @Valid Reason reason) {
        return pendingInScope(caller, id).map(change -> {
            decide(caller, change, ProfileChange.State.REJECTED, reason.reason().strip());
            return ProfileChangeView.of(change);
        });
    }

    private void decide(Caller caller, ProfileChange change, ProfileChange.State state, String reason) {
        change.state = state;
        change.reason = reason;
        change.decidedBy = caller.userId();
        change.decidedAt = Instant.now(clock);
    }

    private Uni<ProfileChange> pendingInScope(Caller caller, long id) {
        return changes.findById(id).map(change -> {
            if (change == null || !caller.mayAdminister(change.regionPath)) {
                throw ApiException.notFound();
            }
            if (change.state != ProfileChange.State.PENDING) {
                throw new ApiException(ErrorCode.ACTION_NOT_ALLOWED_IN_STATE, change.state.name());
            }
            return change;
        });
    }

    private Uni<Deputy> ownDeputy(Caller caller) {
        return deputies.findByUser(caller.userId()).onItem().ifNull().failWith(() -> new ApiException(ErrorCode.FORBIDDEN));
    }

    /** Why staff reject a change; the deputy sees it. */
    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }
}
