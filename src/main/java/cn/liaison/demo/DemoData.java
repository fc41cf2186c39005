package cn.liaison.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.liaison.demo.repository.DemoSeed;
import cn.liaison.identity.Role;
import cn.liaison.identity.User;
import cn.liaison.identity.repository.UserRepository;
import cn.liaison.media.MediaConfig;
import cn.liaison.platform.crypto.PasswordHasher;
import cn.liaison.region.Region;
import cn.liaison.region.RegionKind;
import cn.liaison.region.repository.RegionRepository;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Fills an empty dev database with an invented county: 29 townships and streets, 114 villages and
 * communities, a liaison station for each, 300 deputies, and a township staff account ({@code staff} / {@code staff-dev-password}). The admin
 * comes from {@code liaison.bootstrap.*} like everywhere else. Then a year of the county's work
 * ({@link cn.liaison.demo.repository.DemoActivity}), so that every queue, board and chart shows something.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String STAFF_USERNAME = "staff";
    static final String STAFF_PASSWORD = "staff-dev-password";
    private static final int TOWNSHIPS = 29;
    private static final int VILLAGES = 114;
    private static final String[] TOWNSHIP_NAMES = {
        "城关", "东湖", "西山", "南桥", "北塘", "青石", "白沙", "红岩", "金河", "银杏",
        "松林", "柳溪", "桃源", "梅岭", "竹园", "荷塘", "龙泉", "凤凰", "石门", "清水",
        "新安", "永丰", "太平", "长乐", "和平", "富民", "兴隆", "安康", "双桥" };
    private static final String[] VILLAGE_STEMS = { "前进", "光明", "团结", "胜利", "幸福", "友谊" };

    private final RegionRepository regions;
    private final UserRepository users;
    private final DemoSeed seed;
    private final Clock clock;
    private final MediaConfig media;

    public DemoData(RegionRepository regions, UserRepository users, DemoSeed seed, Clock clock, MediaConfig media) {
        this.regions = regions;
        this.users = users;
        this.seed = seed;
        this.clock = clock;
        this.media = media;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(regions::count)) > 0) {
            return;
        }
        String staffHash = PasswordHasher.hashNow(STAFF_PASSWORD);
        // Drawn here, on the startup thread, where writing files may block.
        List<DemoPictures.Drawn> photos = DemoPictures.draw(media.directory());
        LOG.info("Loading demo data: one county, 29 townships, 114 villages, their stations, 300 deputies, a staff account, "
                + "and a year of opinions, suggestions, reception days and duty records");
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> county().chain(county -> townships(county))
                .chain(townships -> villages(townships).replaceWith(townships.get(0)))
                .chain(firstTownship -> staff(firstTownship, staffHash))
                .chain(this::stationsAndDeputies)
                .chain(seed::activity)
                .chain(() -> seed.photos(photos.stream().map(DemoPictures.Drawn::key).toList(),
                        photos.stream().map(DemoPictures.Drawn::sizeBytes).toList()))));
    }

    private Uni<Region> county() {
        return place(null, "330000-DEMO", "清河县", RegionKind.COUNTY);
    }

    private Uni<List<Region>> townships(Region county) {
        Uni<List<Region>> chain = Uni.createFrom().item(new ArrayList<>());
        for (int i = 0; i < TOWNSHIPS; i++) {
            int n = i;
            boolean street = n < 4;
            chain = chain.chain(list -> place(county, county.code + "-" + (n + 1), TOWNSHIP_NAMES[n] + (street ? "街道" : "镇"),
                    street ? RegionKind.STREET : RegionKind.TOWNSHIP).map(region -> {
                        list.add(region);
                        return list;
                    }));
        }
        return chain;
    }

    /** Spreads the villages over the townships; streets get communities, townships villages. */
    private Uni<Void> villages(List<Region> townships) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < VILLAGES; i++) {
            Region township = townships.get(i % townships.size());
            boolean community = RegionKind.STREET.name().equals(township.kind);
            String name = VILLAGE_STEMS[i % VILLAGE_STEMS.length] + (i / townships.size() + 1) + (community ? "社区" : "村");
            String code = township.code + "-" + (i / townships.size() + 1);
            chain = chain.chain(() -> place(township, code, name, community ? RegionKind.COMMUNITY : RegionKind.VILLAGE)).replaceWithVoid();
        }
        return chain;
    }

    /** Persists a region, then completes its path with its own id. */
    private Uni<Region> place(Region parent, String code, String name, RegionKind kind) {
        Region region = new Region();
        region.parentId = parent == null ? null : parent.id;
        region.code = code;
        region.name = name;
        region.kind = kind.name();
        region.depth = (short) (parent == null ? 0 : parent.depth + 1);
        region.path = "pending:" + code;
        return regions.persistAndFlush(region).map(saved -> {
            saved.path = (parent == null ? "/" : parent.path) + saved.id + "/";
            return saved;
        });
    }

    /** A station for every region, and 300 deputies spread over the county and township stations. */
    private Uni<Void> stationsAndDeputies() {
        return seed.stationsAndDeputies();
    }

    private Uni<Void> staff(Region township, String hash) {
        User staff = new User();
        staff.username = STAFF_USERNAME;
        staff.nickname = township.name + "人大办";
        staff.passwordHash = hash;
        staff.setRoles(EnumSet.of(Role.STAFF));
        staff.regionId = township.id;
        staff.createdAt = Instant.now(clock);
        staff.updatedAt = staff.createdAt;
        return users.persistAndFlush(staff).replaceWithVoid();
    }
}
