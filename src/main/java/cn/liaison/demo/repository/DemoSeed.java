package cn.liaison.demo.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The demo data's statements: stations and deputies made in bulk from the regions, in the caller's transaction. */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoSeed {

    /** A station for every region, and 300 deputies spread over the county and township stations. */
    public Uni<Void> stationsAndDeputies() {
        return run(DIRECTORY);
    }

    /** A year of work in the county ({@link DemoActivity}), after its stations, deputies and staff. */
    public Uni<Void> activity() {
        return run(DemoActivity.statements());
    }

    /** The photos the loader has drawn, each by its storage key and size, attached to opinions. */
    public Uni<Void> photos(List<String> keys, List<Integer> sizes) {
        return run(DemoActivity.photos(keys, sizes));
    }

    private static Uni<Void> run(List<String> statements) {
        return Panache.getSession().chain(session -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (String statement : statements) {
                chain = chain.chain(() -> session.createNativeQuery(statement).executeUpdate());
            }
            return chain;
        }).replaceWithVoid();
    }

    private static final String DEPUTY_STATIONS = "insert into deputy_stations (deputy_id, station_id) select id, primary_station_id from deputies";

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

    /** Stations, deputies and where each deputy sits, in order. */
    static final List<String> DIRECTORY = List.of(STATIONS, DEPUTIES, DEPUTY_STATIONS);
}
