package cn.liaison.duty.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.duty.repository.DutyRecordRepository;
import cn.liaison.identity.Caller;
import cn.liaison.media.PhotoAudience;
import io.smallrye.mutiny.Uni;

/** Photos of duty records: staff see those of records in their scope, admins all (published ones are public anyway). */
@ApplicationScoped
public class DutyRecordPhotos implements PhotoAudience {

    private final DutyRecordRepository records;

    public DutyRecordPhotos(DutyRecordRepository records) {
        this.records = records;
    }

    @Override
    public Uni<Boolean> mayOpen(Caller caller, long mediaId) {
        String scope = caller == null ? null : caller.officeScope();
        return scope == null ? Uni.createFrom().item(false) : records.holdsPhotoWithin(mediaId, scope);
    }
}
