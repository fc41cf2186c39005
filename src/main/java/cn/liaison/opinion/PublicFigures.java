package cn.liaison.opinion;

import java.util.Map;

/**
 * The public figures of a region over some months: the total, by category (null: none), by the
 * region's child (its id on the path; empty: the region itself), and by month ({@code 2026-11}).
 */
public record PublicFigures(FigureCounts total, Map<Long, FigureCounts> byCategory, Map<String, FigureCounts> byChild,
        Map<String, FigureCounts> byMonth) {
}
