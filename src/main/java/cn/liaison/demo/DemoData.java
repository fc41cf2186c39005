package cn.liaison.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.liaison.identity.Role;
import cn.liaison.identity.User;
import cn.liaison.identity.repository.UserRepository;
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
 * comes from {@code liaison.bootstrap.*} like everywhere else.
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
    private final Clock clock;

    public DemoData(RegionRepository regions, UserRepository users, Clock clock) {
        this.regions = regions;
        this.users = users;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        String staffHash = PasswordHasher.hashNow(STAFF_PASSWORD);
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> regions.count().chain(count -> {
            if (count > 0) {
                return Uni.createFrom().voidItem();
            }
            LOG.info("Loading demo data: one county, 29 townships, 114 villages, their stations, 300 deputies, a staff account");
            return county().chain(county -> townships(county))
                    .chain(townships -> villages(townships).replaceWith(townships.get(0)))
                    .chain(firstTownship -> staff(firstTownship, staffHash))
                    .chain(this::stationsAndDeputies);
        })));
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
        return Panache.getSession().chain(session -> session.createNativeQuery(STATIONS).executeUpdate()
                .chain(() -> session.createNativeQuery(DEPUTIES).executeUpdate())
                .chain(() -> session.createNativeQuery(
                        "insert into deputy_stations (deputy_id, station_id) select id, primary_station_id from deputies")
                        .executeUpdate()))
                .replaceWithVoid();
    }

    private static final String STATIONS = """
            insert into stations (region_id, region_path, level, name, address, latitude, longitude, opening_hours, phone,
                                  introduction, rules, info_updated_at, created_at, updated_at)
            select r.id, r.path,
                   case r.kind when 'COUNTY' then 'COUNTY_CENTER' when 'VILLAGE' then 'VILLAGE_ROOM'
                               when 'COMMUNITY' then 'VILLAGE_ROOM' else 'TOWNSHIP_STATION' end,
                   r.name || case r.kind when 'COUNTY' then '人大代表联络中心' when 'VILLAGE' then '人大代表联络室'
                                         when 'COMMUNITY' then '人大代表联络室' else '人大代表联络站' end,
                   r.name || '人民路' || r.id || '号',
                   30.20 + (r.id % 37) * 0.004, 120.10 + (r.id % 23) * 0.006,
                   '周一至周五 8:30-12:00, 13:30-17:00', '0571-8' || lpad(r.id::text, 6, '0'),
                   '本站是' || r.name || '人大代表联系群众的固定场所，选民可在接待日当面反映意见建议。',
                   '代表每月至少到站接待选民一次；群众意见件件有答复、事事有回应。',
                   now(), now(), now()
              from regions r
            """;

    private static final String DEPUTIES = """
            insert into deputies (name, gender, ethnicity, level, term, occupation, work_unit, biography,
                                  roster_key, primary_station_id, region_path, created_at, updated_at)
            select (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙'])[1 + g % 12]
                   || (array['建国','秀英','志强','丽华','海军','桂兰','文明','春梅','国庆','小红','德胜','玉珍','卫东'])[1 + (g / 12) % 13],
                   case when g % 2 = 0 then '男' else '女' end,
                   case when g % 15 = 0 then '畲族' else '汉族' end,
                   case when g <= 60 then 'COUNTY' else 'TOWNSHIP' end,
                   case when g <= 60 then '县第十八届' else '镇第十八届' end,
                   (array['农民','教师','医生','个体工商户','村党支部书记','企业职工'])[1 + g % 6],
                   s.name,
                   '长期扎根基层，热心为群众办实事。',
                   'DEMO-' || g, s.id, s.region_path, now(), now()
              from generate_series(1, 300) g
              join lateral (select id, name, region_path from stations
                             where level <> 'VILLAGE_ROOM' order by id offset (g % 30) limit 1) s on true
            """;

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
