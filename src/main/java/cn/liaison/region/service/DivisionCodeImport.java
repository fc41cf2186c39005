package cn.liaison.region.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.platform.error.ApiException;
import cn.liaison.platform.error.ErrorCode;
import cn.liaison.platform.web.CsvReader;
import cn.liaison.region.DivisionCodes;
import cn.liaison.region.Regions;
import cn.liaison.region.repository.RegionTreeWrites;
import cn.liaison.region.repository.RegionTreeWrites.Node;
import io.smallrye.mutiny.Uni;

/**
 * Builds the region tree from the statistics bureau's division-code file. Each row's parent is the
 * nearest level above it that the file or the tree holds (a county deployment's file starts at its
 * county, which becomes a root); the depth follows from the parent. A code already in the tree
 * keeps its place: a new name renames it, the same row changes nothing, so the same file imported
 * twice changes nothing the second time. Every refused row is reported with its line.
 */
@ApplicationScoped
public class DivisionCodeImport {

    /** What an import did. */
    public record Report(int created, int updated, int unchanged, List<DivisionCodes.Problem> refused) {
    }

    private final RegionTreeWrites tree;
    private final Regions regions;

    public DivisionCodeImport(RegionTreeWrites tree, Regions regions) {
        this.tree = tree;
        this.regions = regions;
    }

    public Uni<Report> importCsv(String csv) {
        DivisionCodes.Parsed parsed;
        try {
            parsed = DivisionCodes.parse(CsvReader.read(csv));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.CSV_UNREADABLE, e.getMessage()));
        }
        List<DivisionCodes.Row> rows = new ArrayList<>(parsed.rows());
        rows.sort(Comparator.comparingInt(DivisionCodes.Row::level).thenComparingInt(DivisionCodes.Row::line));
        Set<String> codes = new HashSet<>();
        rows.forEach(row -> {
            codes.add(row.code());
            codes.addAll(DivisionCodes.ancestors(row.code()));
        });
        return tree.byCodes(codes).chain(existing -> {
            int toCreate = (int) rows.stream().filter(row -> !existing.containsKey(row.code())).count();
            return tree.newIds(toCreate).chain(ids -> apply(rows, existing, ids.iterator(), parsed.problems()));
        });
    }

    private Uni<Report> apply(List<DivisionCodes.Row> rows, Map<String, Node> existing, Iterator<Long> ids,
            List<DivisionCodes.Problem> problems) {
        Map<String, Node> known = new HashMap<>(existing);
        List<Node> created = new ArrayList<>();
        List<Node> renamed = new ArrayList<>();
        List<DivisionCodes.Problem> refused = new ArrayList<>(problems);
        int unchanged = 0;
        for (DivisionCodes.Row row : rows) {
            Node parent = DivisionCodes.ancestors(row.code()).stream().map(known::get).filter(Objects::nonNull).findFirst().orElse(null);
            Node old = known.get(row.code());
            if (old == null) {
                long id = ids.next();
                Node node = new Node(id, parent == null ? null : parent.id(), row.code(), row.name(), DivisionCodes.kind(row).name(),
                        parent == null ? 0 : parent.depth() + 1, (parent == null ? "/" : parent.path()) + id + "/", row.urbanRural());
                known.put(row.code(), node);
                created.add(node);
            } else if (!Objects.equals(old.parentId(), parent == null ? null : parent.id())) {
                refused.add(new DivisionCodes.Problem(row.line(), "code", "region.parent-differs"));
            } else if (old.name().equals(row.name()) && Objects.equals(old.urbanRural(), row.urbanRural())) {
                unchanged++;
            } else {
                renamed.add(new Node(old.id(), old.parentId(), old.code(), row.name(), old.kind(), old.depth(), old.path(), row.urbanRural()));
            }
        }
        refused.sort(Comparator.comparingInt(DivisionCodes.Problem::line));
        int same = unchanged;
        return tree.write(created, renamed).invoke(regions::forget)
                .map(nothing -> new Report(created.size(), renamed.size(), same, refused));
    }
}
