package cn.liaison.demo.repository;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A year of the demo county's work, written once after its stations and deputies: 2,000 opinions
 * over the last twelve months in every state (new, held for review, accepted, with a deputy, with a
 * department, overdue and supervised, answered, rated, closed by the sweep, rejected, merged,
 * withdrawn), their timelines and answers, a third of the answered ones on the board with supports;
 * deputy suggestions in every state with the departments' A/B/C answers; reception days with
 * bookings; duty records. Plain SQL in the caller's transaction, so that it loads in seconds.
 *
 * <p>Deterministic: every choice is a hash of the row's number ({@code hashtext}), never
 * {@code random()}, so two fresh dev databases hold the same county; times count back from the
 * moment of loading, so the demo is always "the last twelve months".
 */
public final class DemoActivity {

    private DemoActivity() {
    }

    /** The statements, one at a time and in order (the reactive client prepares each alone). */
    public static List<String> statements() {
        return Stream.of(CATALOGUES, CITIZENS, TEXTS, PLAN, OPINIONS, MERGES, TRACKING, EVENTS, REPLIES, SUPPORTS,
                SUGGESTION_PLAN, SUGGESTIONS, SUGGESTION_DEPARTMENTS, SUGGESTION_ANSWERS, SUGGESTION_EVENTS, SUGGESTION_NUMBERS,
                RECEPTIONS, RECEPTION_DEPUTIES, BOOKINGS, DUTY_RECORDS, RECOUNT_FIGURES)
                .flatMap(text -> Arrays.stream(text.split(";\n")))
                .map(String::strip)
                .toList();
    }

    private static final String CATALOGUES = """
            insert into categories (name, sort_order) values
              ('道路交通', 1), ('环境卫生', 2), ('教育医疗', 3), ('社会保障', 4),
              ('农业农村', 5), ('城乡建设', 6), ('治安安全', 7), ('其他', 8);
            insert into departments (name, region_id, contact)
            select d.name, (select id from regions where parent_id is null order by id limit 1), d.contact
              from (values ('县交通运输局', '0571-8100001'), ('县生态环境分局', '0571-8100002'), ('县教育局', '0571-8100003'),
                           ('县人力社保局', '0571-8100004'), ('县农业农村局', '0571-8100005'), ('县住房和城乡建设局', '0571-8100006'),
                           ('县公安局', '0571-8100007'), ('县民政局', '0571-8100008'), ('县卫生健康局', '0571-8100009'),
                           ('县自然资源和规划局', '0571-8100010')) d(name, contact)
            """;

    /** 400 citizens who signed in through the mini-program over the last year. */
    private static final String CITIZENS = """
            insert into users (openid, nickname, roles, created_at, updated_at, last_login_at)
            select 'demo-citizen-' || g,
                   (array['张','李','王','刘','陈','杨','赵','黄','周','吴'])[1 + g % 10]
                   || (array['大伯','阿姨','师傅','老师','大姐','小哥','奶奶','爷爷'])[1 + (g / 10) % 8],
                   'CITIZEN', now() - interval '400 days' + g * interval '20 hours', now(), now() - (g % 60) * interval '1 day'
              from generate_series(1, 400) g
            """;

    /** What people write about, by category: a title (at most 50 characters) and its text. */
    private static final String TEXTS = """
            create temporary table demo_texts on commit drop as
            select * from (values
              (1, 1, '村口道路坑洼积水需要修缮', '村口到小学这段路坑洼很多，一下雨就积水，老人孩子出行很不方便，希望尽快修缮。'),
              (1, 2, '公交班次太少出行不便', '我们村到县城的公交一天只有三班，早上七点以后就没有车了，上班上学都不方便，希望增加班次。'),
              (1, 3, '学校门口缺少减速带和斑马线', '学校门口车速很快，没有减速带也没有斑马线，接送孩子时很危险，建议尽快设置。'),
              (1, 4, '路灯坏了一个多月没人修', '村委会门前到菜场的几盏路灯坏了一个多月，晚上出门看不清路，请尽快维修。'),
              (2, 1, '垃圾清运不及时气味很大', '小区旁边的垃圾站好几天才清运一次，夏天气味很大，还招蚊蝇，希望增加清运次数。'),
              (2, 2, '河道漂浮垃圾多需要清理', '村前小河里漂着很多塑料袋和杂物，河水发黑发臭，希望有关部门定期清理。'),
              (2, 3, '工地夜间施工噪音扰民', '附近工地经常晚上十一点以后还在施工，噪音很大，影响老人孩子休息，请核查处理。'),
              (2, 4, '公共厕所年久失修', '集镇上的公共厕所门坏了、水龙头也不出水，赶集的人多时很不方便，希望翻修。'),
              (3, 1, '村卫生室药品不全', '村卫生室常用药经常缺货，老人买降压药要跑到镇上，希望保障常用药供应。'),
              (3, 2, '幼儿园学位紧张', '我们镇只有一所公办幼儿园，报名要排很久，希望扩建或者新建一所。'),
              (3, 3, '希望开设老年人健康讲座', '村里老人多，慢性病也多，希望卫生院定期来村里开健康讲座、免费量血压。'),
              (3, 4, '学生放学后无人看管', '很多家长在外打工，孩子放学后没人管，希望学校或社区开设课后托管。'),
              (4, 1, '养老金认证手续太麻烦', '年纪大的老人不会用手机认证养老金，每年都要跑好几趟，希望上门或简化手续。'),
              (4, 2, '残疾人补贴迟迟没有到账', '我家孩子的残疾人补贴申请了三个月还没到账，不知道卡在哪个环节，请帮忙查一查。'),
              (4, 3, '希望增设社区食堂', '社区独居老人多，做饭不方便，希望开办老年食堂，提供便宜的午餐。'),
              (4, 4, '医保报销比例咨询', '在县医院住院的费用报销比例是多少，异地就医怎么备案，希望有人讲解一下。'),
              (5, 1, '农田灌溉渠道淤塞', '村里的灌溉渠淤塞严重，春耕用水困难，希望尽快组织清淤。'),
              (5, 2, '农产品销售渠道少', '今年柑橘丰收但卖不出去，价格很低，希望帮助联系收购商或开展电商培训。'),
              (5, 3, '野猪毁坏庄稼', '最近野猪经常下山毁坏玉米和红薯，损失很大，希望有关部门想办法防治。'),
              (5, 4, '土地流转租金迟迟不付', '合作社流转我们的土地，去年的租金到现在还没付，希望帮忙协调。'),
              (6, 1, '老旧小区加装电梯', '我们小区都是六层的老房子，老人上下楼很困难，希望支持加装电梯。'),
              (6, 2, '危房改造补助咨询', '我家房子是八十年代建的，墙体开裂，想问问危房改造补助怎么申请。'),
              (6, 3, '小区停车位不足', '小区停车位太少，车都停在消防通道上，存在安全隐患，希望规划增加车位。'),
              (6, 4, '自来水水压不足', '我们村地势高，每天用水高峰时自来水上不来，希望改造管网或加装加压泵。'),
              (7, 1, '电动车充电安全隐患', '很多人把电动车推进楼道充电，很危险，希望小区建设集中充电桩。'),
              (7, 2, '路口监控损坏', '村口路口的监控摄像头坏了很久，最近发生了几起偷盗，希望尽快修复。'),
              (7, 3, '网络诈骗宣传要加强', '村里好几位老人接到诈骗电话被骗了钱，希望多开展防诈骗宣传。'),
              (7, 4, '河边缺少防护栏', '村前河边没有防护栏，夏天孩子在河边玩耍很危险，建议安装护栏和警示牌。'),
              (8, 1, '希望建设村级文化广场', '村里没有像样的活动场地，希望建设文化广场，方便群众跳舞健身。'),
              (8, 2, '快递进村太难', '快递只送到镇上，取件要骑车半小时，希望在村里设立快递服务点。'),
              (8, 3, '移动信号不好', '我们村在山坳里，手机信号很差，打电话经常断线，希望增设基站。'),
              (8, 4, '办事窗口午休不开门', '镇便民服务中心中午不开门，上班的人只能请假办事，希望实行午间轮班。')
            ) t(category, n, title, content)
            """;

    /**
     * One row per opinion with every choice made: its station (three in ten in the demo staff's
     * township, so that their queue is full), age, kind, how far its handling got (stage), and the
     * time of each step within its span.
     */
    private static final String PLAN = """
            create temporary table demo_plan on commit drop as
            with base as (
              select g,
                     abs(hashtext(g || ':where')) % 1000 / 1000.0 as h_where,
                     abs(hashtext(g || ':station')) as h_station,
                     -- one in seven of the last month, still in hand; the rest over the eleven before it
                     case when abs(hashtext(g || ':age')) % 100000 < 15000 then abs(hashtext(g || ':age')) % 100000 / 15000.0 * 30 + 0.2
                          else 30.5 + (abs(hashtext(g || ':age')) % 100000 - 15000) / 85000.0 * 333 end as age_days,
                     abs(hashtext(g || ':stage')) % 1000 / 1000.0 as h_stage,
                     1 + abs(hashtext(g || ':category')) % 8 as category,
                     1 + abs(hashtext(g || ':text')) % 4 as text_n,
                     abs(hashtext(g || ':kind')) % 100 as h_kind,
                     abs(hashtext(g || ':route')) % 2 as route,
                     abs(hashtext(g || ':reply')) % 1000 / 1000.0 as h_reply,
                     abs(hashtext(g || ':publish')) % 1000 / 1000.0 as h_publish,
                     abs(hashtext(g || ':rating')) % 100 as h_rating,
                     abs(hashtext(g || ':citizen')) % 400 as citizen_n,
                     abs(hashtext(g || ':flag')) % 100 as h_flag
                from generate_series(1, 2000) g
            ), staged as (
              select b.*,
                     case when b.age_days > 30 then
                            case when b.h_stage < 0.55 then 5 when b.h_stage < 0.72 then 6 when b.h_stage < 0.80 then 7
                                 when b.h_stage < 0.84 then 8 when b.h_stage < 0.87 then 9
                                 when b.h_stage < 0.94 then case when b.age_days < 45 then 4 else 6 end
                                 when b.h_stage < 0.97 then 2 else 3 end
                          else
                            case when b.h_stage < 0.18 then 0 when b.h_stage < 0.32 then 1 when b.h_stage < 0.45 then 2
                                 when b.h_stage < 0.55 then 3 when b.h_stage < 0.75 then 4 when b.h_stage < 0.90 then 5
                                 when b.h_stage < 0.95 then 7 else 9 end
                     end as stage,
                     now() - b.age_days * interval '1 day' as created_at,
                     -- every step falls within the span, so before now
                     least(b.age_days * 0.95, 24) * interval '1 day' as span
                from base b
            ), placed as (
              select s.*,
                     st.id as station_id, st.region_path
                from staged s
                cross join lateral (
                  select id, region_path from stations
                   where s.h_where >= 0.3 or region_path like (select r.path from regions r join users u on u.region_id = r.id
                                                                where u.username = 'staff') || '%'
                   order by id
                   offset s.h_station % (select count(*) from stations
                                          where s.h_where >= 0.3 or region_path like (select r.path from regions r join users u on u.region_id = r.id
                                                                                       where u.username = 'staff') || '%')
                   limit 1) st
            )
            select p.*,
                   p.created_at as submitted_at,
                   p.created_at + p.span * 0.08 as accepted_at,
                   p.created_at + p.span * 0.16 as routed_at,
                   p.created_at + p.span * (0.35 + 0.4 * p.h_reply) as replied_at,
                   p.created_at + p.span * (0.8 + 0.1 * p.h_reply) as closed_at,
                   case when p.h_kind < 8 then 'COMPLAINT' when p.h_kind < 20 then 'CONSULTATION'
                        when p.h_kind < 50 then 'SUGGESTION' else 'REQUEST' end as kind,
                   p.stage in (4, 5, 6) and p.h_publish < 0.45 as published,
                   case when p.stage = 5 and p.h_rating < 75 then 'SATISFIED' when p.stage = 5 then 'BASICALLY_SATISFIED' end as rating,
                   p.stage = 0 and p.h_flag < 12 as flagged,
                   (select id from users where openid = 'demo-citizen-' || (p.citizen_n + 1)) as citizen_id,
                   case when p.stage in (2, 4, 5, 6) and (p.stage = 2 or p.route = 0)
                        then (select d.id from deputies d where p.region_path like d.region_path || '%'
                               order by abs(hashtext(d.id || ':' || p.g)) limit 1) end as deputy_id,
                   case when p.stage = 3 or (p.stage in (4, 5, 6) and p.route = 1)
                        then (select id from departments order by id offset (p.category - 1) % 10 limit 1) end as department_id,
                   'SQ' || to_char(p.created_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-'
                     || lpad(row_number() over (partition by (p.created_at at time zone 'Asia/Shanghai')::date order by p.created_at, p.g)::text, 6, '0')
                     as tracking_no,
                   (select id from users where username = 'staff') as staff_id
              from placed p
            """;

    private static final String OPINIONS = """
            insert into opinions (tracking_no, submitter_id, anonymous, confidential, consent_to_publish, station_id, region_path,
                                  category_id, kind, title, content, photo_ids, state, flagged, flag_reasons, deputy_id, department_id,
                                  accept_due_at, accepted_at, reply_due_at, due_at, replied_at, first_replied_at, reply_working_days,
                                  replied_on_time, rating, closed_at, supervised_at, published_at, public_title, public_content,
                                  support_count, created_at, updated_at, version)
            select p.tracking_no, p.citizen_id, p.g % 19 = 0, false, p.published or p.g % 3 <> 0, p.station_id, p.region_path,
                   (select id from categories order by sort_order offset p.category - 1 limit 1), p.kind, t.title, t.content, '',
                   case p.stage when 0 then 'SUBMITTED' when 1 then 'ACCEPTED' when 2 then 'IN_PROGRESS' when 3 then 'IN_PROGRESS'
                                when 4 then 'REPLIED' when 5 then 'CLOSED' when 6 then 'CLOSED' when 7 then 'REJECTED'
                                when 8 then 'MERGED' else 'WITHDRAWN' end,
                   p.flagged, case when p.flagged then 'SENSITIVE_WORD' end,
                   p.deputy_id, p.department_id,
                   p.submitted_at + interval '3 days',
                   case when p.stage between 1 and 6 or p.stage = 8 then p.accepted_at end,
                   case when p.stage between 1 and 6 or p.stage = 8 then p.accepted_at + interval '15 days' end,
                   case when p.stage = 0 then p.submitted_at + interval '3 days'
                        when p.stage in (1, 2, 3) then p.accepted_at + interval '15 days'
                        else timestamptz '9999-12-31 00:00:00+00' end,
                   case when p.stage in (4, 5, 6) then p.replied_at end,
                   case when p.stage in (4, 5, 6) then p.replied_at end,
                   case when p.stage in (4, 5, 6) then round(extract(epoch from p.replied_at - p.accepted_at) / 86400 * 5 / 7)::int end,
                   case when p.stage in (4, 5, 6) then p.replied_at <= p.accepted_at + interval '15 days' end,
                   p.rating,
                   case when p.stage in (5, 6) then p.closed_at when p.stage in (7, 8, 9) then p.accepted_at end,
                   case when p.stage in (2, 3) and p.accepted_at + interval '17 days' < now() then p.accepted_at + interval '17 days' end,
                   case when p.published then p.closed_at + p.span * 0.05 end,
                   case when p.published then t.title end,
                   case when p.published then t.content end,
                   case when p.published then (abs(hashtext(p.g || ':supports')) % 25) else 0 end,
                   p.submitted_at, now(), 0
              from demo_plan p join demo_texts t on t.category = p.category and t.n = p.text_n
            """;

    /** A merged opinion points at an earlier one of its station that is handled. */
    private static final String MERGES = """
            update opinions o set merged_into_id = coalesce(
                (select e.id from opinions e where e.station_id = o.station_id and e.id < o.id
                    and e.state in ('ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED') order by e.id desc limit 1),
                (select min(id) from opinions))
             where o.state = 'MERGED'
            """;

    private static final String TRACKING = """
            insert into tracking_counters (day, last)
            select (created_at at time zone 'Asia/Shanghai')::date, count(*) from opinions group by 1
            on conflict (day) do update set last = greatest(tracking_counters.last, excluded.last)
            """;

    /** Each opinion's timeline, numbered in the order its steps happened; the version counts them. */
    private static final String EVENTS = """
            insert into opinion_events (opinion_id, seq, type, state_before, state_after, actor_id, actor_role, note, visibility, created_at)
            select o.id, row_number() over (partition by o.id order by e.at, e.ord), e.type, e.state_before, e.state_after,
                   e.actor_id, e.actor_role, e.note, e.visibility, e.at
              from demo_plan p join opinions o on o.tracking_no = p.tracking_no
              cross join lateral (values
                (1, p.submitted_at, 'SUBMITTED', null, 'SUBMITTED', p.citizen_id, 'SUBMITTER', null, 'PUBLIC', true),
                (2, p.accepted_at, 'REJECT', 'SUBMITTED', 'REJECTED', p.staff_id, 'STAFF',
                    'OUT_OF_SCOPE: 该事项属于司法程序，请通过法律途径解决。', 'PUBLIC', p.stage = 7),
                (2, p.created_at + p.span * 0.05, 'WITHDRAWN', 'SUBMITTED', 'WITHDRAWN', p.citizen_id, 'SUBMITTER', '问题已自行解决', 'PUBLIC', p.stage = 9),
                (2, p.accepted_at, 'ACCEPT', 'SUBMITTED', 'ACCEPTED', p.staff_id, 'STAFF', null, 'PUBLIC', p.stage between 1 and 6 or p.stage = 8),
                (3, p.accepted_at + p.span * 0.04, 'MERGE', 'ACCEPTED', 'MERGED', p.staff_id, 'STAFF', '与同站此前反映的同一问题合并办理', 'PUBLIC', p.stage = 8),
                (3, p.routed_at, case when p.deputy_id is not null then 'ASSIGN' else 'TRANSFER' end, 'ACCEPTED', 'IN_PROGRESS',
                    p.staff_id, 'STAFF', null, 'PUBLIC', p.stage between 2 and 6),
                (4, p.accepted_at + interval '17 days', 'SUPERVISED', 'IN_PROGRESS', 'IN_PROGRESS', null, 'SYSTEM', null, 'PUBLIC',
                    p.stage in (2, 3) and p.accepted_at + interval '17 days' < now()),
                (4, p.replied_at, 'REPLY', 'IN_PROGRESS', 'REPLIED', p.staff_id, 'STAFF', null, 'PUBLIC', p.stage in (4, 5, 6)),
                (5, p.closed_at, case when p.stage = 5 then 'RATE' else 'AUTO_CLOSED' end, 'REPLIED', 'CLOSED',
                    case when p.stage = 5 then p.citizen_id end, case when p.stage = 5 then 'SUBMITTER' else 'SYSTEM' end,
                    case when p.stage = 5 then p.rating end, 'PUBLIC', p.stage in (5, 6)),
                (6, p.closed_at + p.span * 0.05, 'PUBLISH', o.state, o.state, p.staff_id, 'STAFF', null, 'INTERNAL', p.published)
              ) e(ord, at, type, state_before, state_after, actor_id, actor_role, note, visibility, happened)
             where e.happened;
            update opinions o set version = (select count(*) - 1 from opinion_events e where e.opinion_id = o.id),
                                  updated_at = (select max(created_at) from opinion_events e where e.opinion_id = o.id)
            """;

    /** The answers: the deputy's after a visit, or the department's, recorded by the office. */
    private static final String REPLIES = """
            insert into opinion_replies (opinion_id, author_id, author_role, department_id, content, created_at, public_content)
            select o.id, p.staff_id, 'STAFF', p.department_id, r.content, p.replied_at, case when p.published then r.content end
              from demo_plan p join opinions o on o.tracking_no = p.tracking_no
              cross join lateral (select case
                  when p.deputy_id is not null then
                    '您好！' || (select name from deputies where id = p.deputy_id) || '代表已到现场走访核实，并与村（社区）和有关单位沟通，'
                    || (array['已安排在本月内处理完毕。','已列入今年的整改计划，将分步实施。','相关费用已落实，近期即可施工。',
                              '已请有关单位说明政策并上门答疑。'])[1 + p.g % 4] || '感谢您对人大工作的支持！'
                  else
                    (select name from departments where id = p.department_id) || '答复：经调查核实，您反映的情况属实。'
                    || (array['我局已安排专人处理，预计两周内完成。','已纳入明年项目计划，资金落实后即开工。',
                              '已督促责任单位限期整改，并将持续跟踪。','相关政策已通过电话向您说明，如有疑问可来电咨询。'])[1 + p.g % 4]
                  end as content) r
             where p.stage in (4, 5, 6)
            """;

    /** Neighbours who support an opinion on the board, each once. */
    private static final String SUPPORTS = """
            insert into opinion_supports (opinion_id, user_id, created_at)
            select o.id, (select id from users where openid = 'demo-citizen-' || ((p.citizen_n + k * 37) % 400 + 1)),
                   o.published_at + (now() - o.published_at) * k / (o.support_count + 1)
              from demo_plan p join opinions o on o.tracking_no = p.tracking_no
              cross join generate_series(1, o.support_count) k
             where o.published_at is not null and o.support_count > 0
            """;

    /** 36 suggestions of county deputies, from drafts to closed, over the sitting's year. */
    private static final String SUGGESTION_PLAN = """
            create temporary table demo_suggestions on commit drop as
            select g,
                   (array['DRAFT','SUBMITTED','ACCEPTED','NOT_ACCEPTED','ASSIGNED','ASSIGNED','ANSWERED','ANSWERED','CLOSED','CLOSED','CLOSED','WITHDRAWN'])[1 + g % 12] as state,
                   -- half of them led by deputies of the demo staff's township, so that its queue has them
                   (select d.id from deputies d
                     where (g % 2 = 0) = (d.region_path like (select r.path from regions r join users u on u.region_id = r.id
                                                               where u.username = 'staff') || '%')
                     order by d.id offset g % 5 limit 1) as deputy_id,
                   1 + g % 8 as category,
                   (array['A','B','C'])[1 + (g / 3) % 3] as result_class,
                   now() - (300 - g * 7) * interval '1 day' as created_at,
                   (select id from users where username = 'staff') as staff_id,
                   (select id from departments order by id offset g % 10 limit 1) as department_id
              from generate_series(1, 36) g
            """;

    private static final String SUGGESTIONS = """
            insert into suggestions (number, number_year, number_seq, title, content, lead_deputy_id, region_path, sitting, category_id,
                                     state, not_accepted_reason, supervisor_name, supervisor_title, assigned_at, due_at, result_class,
                                     answered_at, answered_on_time, rating, rated_at, submitted_at, accepted_at, closed_at, created_at,
                                     updated_at, version)
            select case when s.state not in ('DRAFT', 'SUBMITTED', 'WITHDRAWN') then '第' || s.g || '号' end,
                   case when s.state not in ('DRAFT', 'SUBMITTED', 'WITHDRAWN') then extract(year from s.created_at)::int end,
                   case when s.state not in ('DRAFT', 'SUBMITTED', 'WITHDRAWN') then s.g end,
                   '关于' || t.title || '的建议',
                   '近来群众多次反映：' || t.content || '建议有关部门深入调研，制定切实可行的解决方案，明确责任单位和完成时限，并向群众公开进展。',
                   s.deputy_id, (select region_path from deputies where id = s.deputy_id), '县十八届人大四次会议',
                   (select id from categories order by sort_order offset s.category - 1 limit 1),
                   s.state, case when s.state = 'NOT_ACCEPTED' then '属于个案诉求，已转为群众意见办理。' end,
                   case when s.state in ('ASSIGNED', 'ANSWERED', 'CLOSED') and s.g % 4 = 0 then '李副县长' end,
                   case when s.state in ('ASSIGNED', 'ANSWERED', 'CLOSED') and s.g % 4 = 0 then '县人民政府副县长' end,
                   case when s.state in ('ASSIGNED', 'ANSWERED', 'CLOSED') then s.created_at + interval '12 days' end,
                   case when s.state in ('ASSIGNED', 'ANSWERED', 'CLOSED') then s.created_at + interval '102 days' end,
                   case when s.state in ('ANSWERED', 'CLOSED') then s.result_class end,
                   case when s.state in ('ANSWERED', 'CLOSED') then least(s.created_at + interval '80 days', now() - interval '2 days') end,
                   case when s.state in ('ANSWERED', 'CLOSED') then true end,
                   case when s.state = 'CLOSED' then (array['SATISFIED','SATISFIED','BASICALLY_SATISFIED'])[1 + s.g % 3] end,
                   case when s.state = 'CLOSED' then least(s.created_at + interval '90 days', now() - interval '1 day') end,
                   case when s.state <> 'DRAFT' then s.created_at + interval '2 days' end,
                   case when s.state in ('ACCEPTED', 'ASSIGNED', 'ANSWERED', 'CLOSED') then s.created_at + interval '7 days' end,
                   case when s.state = 'CLOSED' then least(s.created_at + interval '90 days', now() - interval '1 day') end,
                   s.created_at, now(), 0
              from demo_suggestions s join demo_texts t on t.category = s.category and t.n = 1 + s.g % 4
             order by s.g
            """;

    private static final String SUGGESTION_DEPARTMENTS = """
            insert into suggestion_departments (suggestion_id, department_id, lead)
            select x.id, s.department_id, true
              from demo_suggestions s join suggestions x on x.number_seq = s.g
             where s.state in ('ASSIGNED', 'ANSWERED', 'CLOSED')
            """;

    private static final String SUGGESTION_ANSWERS = """
            insert into suggestion_answers (suggestion_id, department_id, round, result_class, content, recorded_by, answered_at, on_time)
            select x.id, s.department_id, 1, s.result_class,
                   (select name from departments where id = s.department_id)
                   || case s.result_class when 'A' then '：建议所提问题已经解决，具体情况如下：已完成整改并通过验收。'
                                          when 'B' then '：建议所提问题已列入计划逐步解决，今年先行试点，明年全面推开。'
                                          else '：建议所提问题因政策和资金限制暂时难以解决，我们将积极争取上级支持。' end,
                   s.staff_id, x.answered_at, true
              from demo_suggestions s join suggestions x on x.number_seq = s.g
             where s.state in ('ANSWERED', 'CLOSED')
            """;

    private static final String SUGGESTION_EVENTS = """
            insert into suggestion_events (suggestion_id, seq, type, state_before, state_after, actor_id, actor_role, note, visibility, created_at)
            select x.id, row_number() over (partition by x.id order by e.at, e.ord), e.type, e.state_before, e.state_after,
                   e.actor_id, e.actor_role, e.note, 'PUBLIC', e.at
              from demo_suggestions s join suggestions x on x.lead_deputy_id = s.deputy_id and x.created_at = s.created_at
              cross join lateral (values
                (1, s.created_at, 'CREATED', null, 'DRAFT', null, 'LEAD_DEPUTY', null, true),
                (2, x.submitted_at, 'SUBMITTED', 'DRAFT', 'SUBMITTED', null, 'LEAD_DEPUTY', null, x.submitted_at is not null and s.state <> 'WITHDRAWN'),
                (2, s.created_at + interval '3 days', 'WITHDRAWN', 'SUBMITTED', 'WITHDRAWN', null, 'LEAD_DEPUTY', null, s.state = 'WITHDRAWN'),
                (3, x.accepted_at, 'ACCEPTED', 'SUBMITTED', 'ACCEPTED', s.staff_id, 'STAFF', null, x.accepted_at is not null),
                (3, s.created_at + interval '7 days', 'NOT_ACCEPTED', 'SUBMITTED', 'NOT_ACCEPTED', s.staff_id, 'STAFF', x.not_accepted_reason,
                    s.state = 'NOT_ACCEPTED'),
                (4, x.assigned_at, 'ASSIGNED', 'ACCEPTED', 'ASSIGNED', s.staff_id, 'STAFF', null, x.assigned_at is not null),
                (5, x.answered_at, 'ANSWERED', 'ASSIGNED', 'ANSWERED', s.staff_id, 'STAFF', null, x.answered_at is not null),
                (6, x.rated_at, 'RATED', 'ANSWERED', 'CLOSED', null, 'LEAD_DEPUTY', x.rating, x.rated_at is not null)
              ) e(ord, at, type, state_before, state_after, actor_id, actor_role, note, happened)
             where e.happened;
            update suggestions x set version = (select count(*) - 1 from suggestion_events e where e.suggestion_id = x.id)
            """;

    private static final String SUGGESTION_NUMBERS = """
            insert into suggestion_numbers (year, sitting, last)
            select number_year, sitting, max(number_seq) from suggestions where number_year is not null group by 1, 2
            """;

    /** A reception day every three weeks at the township stations, the last few still to come. */
    private static final String RECEPTIONS = """
            insert into receptions (station_id, region_path, starts_at, ends_at, topic, capacity, booked, created_by, cancelled, created_at, version)
            select st.id, st.region_path,
                   date_trunc('day', now()) + (k * 21 - 330 + st.id % 7) * interval '1 day' + interval '1 hour',
                   date_trunc('day', now()) + (k * 21 - 330 + st.id % 7) * interval '1 day' + interval '4 hours',
                   (array['代表接待日：听取群众意见建议','代表进站：聚焦民生实事','代表接待日：乡村振兴'])[1 + k % 3],
                   20, 0, (select id from users where username = 'staff'), false,
                   date_trunc('day', now()) + (k * 21 - 340 + st.id % 7) * interval '1 day', 0
              from stations st cross join generate_series(0, 16) k
             where st.level = 'TOWNSHIP_STATION' and st.id % 3 = 0
            """;

    private static final String RECEPTION_DEPUTIES = """
            insert into reception_deputies (reception_id, deputy_id)
            select r.id, d.id
              from receptions r
              join lateral (select id from deputies where primary_station_id = r.station_id order by id limit 2) d on true
            """;

    /** Who booked: those of days gone by came or did not; the places still to come are booked. */
    private static final String BOOKINGS = """
            insert into bookings (reception_id, citizen_id, state, created_at, updated_at)
            select r.id, (select id from users where openid = 'demo-citizen-' || ((r.id * 13 + k * 37) % 400 + 1)),
                   case when r.starts_at > now() then 'BOOKED' when k % 5 = 0 then 'NO_SHOW' else 'ATTENDED' end,
                   least(r.starts_at - (k + 1) * interval '1 day', now()), least(r.ends_at, now())
              from receptions r cross join generate_series(1, 3 + (r.id % 6)::int) k;
            update receptions r set booked = (select count(*) from bookings b where b.reception_id = r.id and b.state <> 'CANCELLED')
            """;

    /** Visits, surveys and receptions the deputies recorded, published by the office. */
    private static final String DUTY_RECORDS = """
            insert into duty_records (deputy_id, region_path, type, occurred_on, station_id, place, summary, participants, photo_ids, state,
                                      author_id, created_at, updated_at, published_at, version)
            select d.id, d.region_path,
                   (array['VISIT','RESEARCH','RECEPTION','MEETING','INSPECTION'])[1 + (d.id + k) % 5],
                   (now() - (k * 40 + d.id % 30) * interval '1 day')::date, d.primary_station_id,
                   (select name from stations where id = d.primary_station_id),
                   (array['走访了辖区内的困难家庭，了解生产生活情况，现场帮助协调解决了用水问题。',
                          '参加了关于农村道路建设的专题调研，实地查看了三条村道，提出了养护建议。',
                          '在联络站接待群众，听取了十余条意见建议，当场答复了政策咨询。',
                          '列席了镇人大会议，就民生实事项目的进度提出询问和意见。',
                          '视察了民生实事项目工地，对施工安全和进度提出了要求。'])[1 + (d.id + k) % 5],
                   case when (d.id + k) % 5 in (0, 2) then '村民代表、村干部' end, '',
                   case when k = 0 and d.id % 4 = 0 then 'SUBMITTED' else 'PUBLISHED' end,
                   (select id from users where username = 'staff'),
                   now() - (k * 40 + d.id % 30) * interval '1 day', now(),
                   case when not (k = 0 and d.id % 4 = 0) then now() - (k * 40 + d.id % 30 - 2) * interval '1 day' end, 0
              from deputies d cross join generate_series(0, 2) k
             where d.id % 2 = 0
            """;

    /**
     * The photos citizens attached: two each on about eighty handled opinions, files the loader has
     * drawn ({@code files}: their storage keys and sizes, in order), owned by the opinion's citizen.
     */
    public static List<String> photos(List<String> keys, List<Integer> sizes) {
        StringBuilder files = new StringBuilder();
        for (int n = 0; n < keys.size(); n++) {
            // generated keys and sizes, never input: safe to write into the statement
            files.append(n == 0 ? "" : ", ").append("('").append(keys.get(n).replaceAll("[^A-Za-z0-9]", "")).append("', ")
                    .append(sizes.get(n)).append(", ").append(n).append(')');
        }
        return List.of("""
                create temporary table demo_photos on commit drop as
                with picked as (
                  select o.id as opinion_id, o.submitter_id, o.created_at,
                         row_number() over (order by abs(hashtext(o.id || ':photo')), o.id) - 1 as n
                    from opinions o
                   where o.state in ('ACCEPTED', 'IN_PROGRESS', 'REPLIED', 'CLOSED')
                )
                select f.storage_key, f.size_bytes, p.opinion_id, p.submitter_id, p.created_at
                  from (values %s) f(storage_key, size_bytes, n) join picked p on p.n = f.n / 2
                """.formatted(files), """
                insert into media (owner_id, content_type, size_bytes, storage_key, public, created_at)
                select submitter_id, 'image/jpeg', size_bytes, storage_key, false, created_at from demo_photos
                """, """
                insert into opinion_photos (media_id, opinion_id, in_reply)
                select m.id, d.opinion_id, false from demo_photos d join media m on m.storage_key = d.storage_key
                """, """
                update opinions o set photo_ids = (select string_agg(m.id::text, ',' order by m.id)
                                                     from demo_photos d join media m on m.storage_key = d.storage_key
                                                    where d.opinion_id = o.id)
                 where o.id in (select opinion_id from demo_photos)
                """);
    }

    /** The figures count from the start again, the demo's rows being older than the last count. */
    private static final String RECOUNT_FIGURES = "delete from opinion_figures_runs";
}
