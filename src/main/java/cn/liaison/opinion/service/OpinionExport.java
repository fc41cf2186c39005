package cn.liaison.opinion.service;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.directory.Deputies;
import cn.liaison.directory.Stations;
import cn.liaison.identity.Caller;
import cn.liaison.opinion.Catalogue;
import cn.liaison.opinion.Opinion;
import cn.liaison.opinion.repository.search.OpinionSearch;
import cn.liaison.opinion.StaffQueueFilter;
import cn.liaison.platform.config.LiaisonConfig;
import cn.liaison.region.RegionLabel;
import cn.liaison.region.Regions;
import cn.liaison.platform.web.XlsxStream;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The filtered staff queue as CSV for Excel: UTF-8 with a byte-order mark, so Chinese shows, read
 * through a database cursor a few hundred rows at a time and written as the client takes it, so a
 * million rows pass through in bounded memory.
 */
@ApplicationScoped
public class OpinionExport {

    static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    static final int ROWS_PER_CHUNK = 200;
    private static final List<String> COLUMNS = List.of("编号", "状态", "类型", "类别", "标题", "联络站", "区域", "区划代码", "代表", "承办单位",
            "提交时间", "办理期限", "督办", "首次答复时间", "按期答复", "评价");
    private static final String HEADER = String.join(",", COLUMNS) + "\r\n";

    private final OpinionSearch search;
    private final Catalogues catalogues;
    private final Stations stations;
    private final Deputies deputies;
    private final Regions regions;
    private final LiaisonConfig config;

    public OpinionExport(OpinionSearch search, Catalogues catalogues, Stations stations, Deputies deputies, Regions regions,
            LiaisonConfig config) {
        this.search = search;
        this.catalogues = catalogues;
        this.stations = stations;
        this.deputies = deputies;
        this.regions = regions;
        this.config = config;
    }

    /** The names a row shows, asked of their features once per export: the directory is small beside the opinions. */
    private record Names(Map<Long, String> categories, Map<Long, String> departments, Map<Long, Stations.Label> stations,
            Map<Long, RegionLabel> regions, Map<Long, String> deputies) {
    }

    public Multi<byte[]> csv(Caller caller, StaffQueueFilter filter) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(config.timeZone());
        Multi<byte[]> rows = Multi.createFrom().uni(names())
                .onItem().transformToMultiAndConcatenate(names -> search.export(caller, filter).map(row -> line(row, names, time)))
                .group().intoLists().of(ROWS_PER_CHUNK)
                .map(OpinionExport::join);
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(header()), rows);
    }

    private Uni<Names> names() {
        return catalogues.categories(false).chain(categories -> catalogues.departments(false).chain(departments -> stations.labels()
                .chain(stationLabels -> regions.labels(stationLabels.values().stream().map(Stations.Label::regionId).distinct().toList())
                        .chain(regionLabels -> deputies.allNames().map(deputyNames -> new Names(
                                categories.stream().collect(Collectors.toMap(Catalogue.Category::id, Catalogue.Category::name)),
                                departments.stream().collect(Collectors.toMap(Catalogue.Department::id, Catalogue.Department::name)),
                                stationLabels, regionLabels, deputyNames))))));
    }

    private static byte[] header() {
        byte[] text = HEADER.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    /** The same rows as an Excel workbook, written sheet part by sheet part as the client takes them. */
    public Multi<byte[]> xlsx(Caller caller, StaffQueueFilter filter) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(config.timeZone());
        return Multi.createFrom().uni(names()).onItem().transformToMultiAndConcatenate(names -> {
            XlsxStream workbook = new XlsxStream("社情民意", COLUMNS);
            Multi<byte[]> rows = search.export(caller, filter).<List<String>>map(row -> values(row, names, time))
                    .group().intoLists().of(ROWS_PER_CHUNK)
                    .map(workbook::add);
            return Multi.createBy().concatenating().streams(rows, Multi.createFrom().item(workbook::finish));
        });
    }

    private static String line(OpinionSearch.ExportRow r, Names names, DateTimeFormatter time) {
        return values(r, names, time).stream().map(OpinionExport::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** What a row shows, as staff read it: Chinese labels, local times, the station's region with its division code. */
    private static List<String> values(OpinionSearch.ExportRow r, Names names, DateTimeFormatter time) {
        OffsetDateTime due = r.dueAt();
        Stations.Label station = names.stations().get(r.stationId());
        RegionLabel region = station == null ? null : names.regions().get(station.regionId());
        return Arrays.asList(r.trackingNo(), r.state().label(), r.kind().label(), nameOf(names.categories(), r.categoryId()), r.title(),
                station == null ? null : station.name(), region == null ? null : region.name(), region == null ? null : region.code(),
                nameOf(names.deputies(), r.deputyId()), nameOf(names.departments(), r.departmentId()), format(r.createdAt(), time),
                due == null || due.toInstant().equals(Opinion.NO_DEADLINE) ? null : format(due, time),
                r.supervised() ? "是" : null,
                format(r.firstRepliedAt(), time),
                r.repliedOnTime() == null ? null : r.repliedOnTime() ? "是" : "否",
                r.rating() == null ? null : r.rating().label());
    }

    private static String nameOf(Map<Long, String> names, Long id) {
        return id == null ? null : names.get(id);
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
