package cn.liaison.opinion.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.Caller;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.OpinionKind;
import cn.liaison.opinion.OpinionState;
import cn.liaison.opinion.Rating;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.platform.persistence.Sql;
import cn.liaison.region.Regions;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The filtered staff queue as CSV for Excel: UTF-8 with a byte-order mark, so Chinese shows, read
 * through a database cursor a few hundred rows at a time and written as the client takes it, so a
 * million rows pass through in bounded memory.
 */
@ApplicationScoped
public class OpinionExport {

    static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    static final int FETCH = 500;
    static final int ROWS_PER_CHUNK = 200;
    private static final String HEADER = "编号,状态,类型,类别,标题,联络站,区域,区划代码,代表,承办单位,提交时间,办理期限,督办,首次答复时间,按期答复,评价\r\n";
    private static final String COLUMNS = """
            select o.tracking_no, o.state, o.kind, c.name as category, o.title, s.name as station, r.name as region,
                   r.code as region_code, d.name as deputy, dep.name as department, o.created_at, o.due_at, o.supervised_at,
                   o.first_replied_at, o.replied_on_time, o.rating
              from opinions o join stations s on s.id = o.station_id join regions r on r.id = s.region_id
              left join categories c on c.id = o.category_id
              left join deputies d on d.id = o.deputy_id
              left join departments dep on dep.id = o.department_id where true""";

    private final Pool pool;
    private final Regions regions;
    private final GramStatistics statistics;
    private final LiaisonConfig config;
    private final Clock clock;

    public OpinionExport(Pool pool, Regions regions, GramStatistics statistics, LiaisonConfig config, Clock clock) {
        this.pool = pool;
        this.regions = regions;
        this.statistics = statistics;
        this.config = config;
        this.clock = clock;
    }

    public Multi<byte[]> csv(Caller caller, StaffQueueFilter filter) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(config.timeZone());
        Multi<byte[]> rows = Multi.createFrom().uni(filter.where(select(filter), caller, Instant.now(clock), regions))
                .onItem().transformToMultiAndConcatenate(query -> stream(query.then("order by o.due_at, o.id")))
                .map(row -> line(row, time))
                .group().intoLists().of(ROWS_PER_CHUNK)
                .map(OpinionExport::join);
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(header()), rows);
    }

    /** A rare phrase is found through its index; a common one by reading the opinions, since it is in many of them. */
    private Sql select(StaffQueueFilter filter) {
        Sql select = new Sql(COLUMNS);
        SearchTerm term = filter.searchTerm();
        List<String> rare = term == null ? List.of() : statistics.rarePieces(term);
        return rare.isEmpty() ? select : select.and(term.holds(), (Object) rare.toArray(String[]::new));
    }

    private Multi<Row> stream(Sql sql) {
        return Multi.createFrom().uni(pool.getConnection()).onItem().transformToMultiAndConcatenate(connection ->
                connection.begin().onItem().transformToMulti(tx -> connection.prepare(sql.text())
                        .onItem().transformToMulti(statement -> statement.createStream(FETCH, sql.values()).toMulti()
                                // A statement the pool does not keep (one planned for its words) would outlive the export.
                                .onTermination().call(statement::close)))
                        .onTermination().call(() -> release(connection)));
    }

    /** The cursor only read: closing the connection rolls its transaction back and returns it to the pool. */
    private static io.smallrye.mutiny.Uni<Void> release(SqlConnection connection) {
        return connection.close().onFailure().recoverWithNull();
    }

    private static byte[] header() {
        byte[] text = HEADER.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static String line(Row r, DateTimeFormatter time) {
        OffsetDateTime due = r.getOffsetDateTime("due_at");
        Boolean onTime = r.getBoolean("replied_on_time");
        return String.join(",",
                cell(r.getString("tracking_no")), OpinionState.valueOf(r.getString("state")).label(),
                OpinionKind.valueOf(r.getString("kind")).label(), cell(r.getString("category")), cell(r.getString("title")),
                cell(r.getString("station")), cell(r.getString("region")), cell(r.getString("region_code")),
                cell(r.getString("deputy")), cell(r.getString("department")),
                cell(format(r.getOffsetDateTime("created_at"), time)),
                cell(due == null || due.toInstant().equals(Opinion.NO_DEADLINE) ? null : format(due, time)),
                r.getValue("supervised_at") == null ? "" : "是",
                cell(format(r.getOffsetDateTime("first_replied_at"), time)),
                onTime == null ? "" : onTime ? "是" : "否",
                r.getString("rating") == null ? "" : Rating.valueOf(r.getString("rating")).label()) + "\r\n";
    }

    private static String format(OffsetDateTime at, DateTimeFormatter time) {
        return at == null ? null : time.format(at);
    }

    /**
     * One CSV field: quoted when it holds a comma, quote or line break; and a text a spreadsheet
     * would run as a formula (= + - @) is prefixed with an apostrophe, so an opinion's title
     * cannot execute anything on the staff member's computer.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static byte[] join(List<String> lines) {
        return String.join("", lines).getBytes(StandardCharsets.UTF_8);
    }
}
