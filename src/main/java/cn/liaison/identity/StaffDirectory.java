package cn.liaison.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.liaison.identity.repository.UserRepository;
import io.smallrye.mutiny.Uni;

/**
 * Which staff answer for a place: those of the nearest office above it, so a village's overdue item
 * reaches its township, not every office up to the province. A region path ({@code /1/5/9/}) lists
 * the ids of the region and its ancestors, so the nearest office is the last id on it with staff.
 */
@ApplicationScoped
public class StaffDirectory {

    private final UserRepository users;

    public StaffDirectory(UserRepository users) {
        this.users = users;
    }

    /** For each region path, the staff accounts of its nearest office; none where no office above it has staff. */
    public Uni<Map<String, List<Long>>> responsibleFor(Collection<String> regionPaths) {
        Set<Long> regionIds = new LinkedHashSet<>();
        regionPaths.forEach(path -> regionIds.addAll(lineage(path)));
        if (regionIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return users.staffIn(regionIds).map(rows -> {
            Map<Long, List<Long>> staffByRegion = new HashMap<>();
            for (Object[] row : rows) {
                staffByRegion.computeIfAbsent(((Number) row[1]).longValue(), r -> new ArrayList<>()).add(((Number) row[0]).longValue());
            }
            Map<String, List<Long>> answer = new HashMap<>();
            for (String path : regionPaths) {
                List<Long> lineage = lineage(path);
                for (int i = lineage.size() - 1; i >= 0; i--) {
                    List<Long> staff = staffByRegion.get(lineage.get(i));
                    if (staff != null) {
                        answer.put(path, List.copyOf(staff));
                        break;
                    }
                }
            }
            return answer;
        });
    }

    /** The ids on a region path, root first. */
    private static List<Long> lineage(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
