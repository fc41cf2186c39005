package cn.liaison.region;

/** A region as lists and exports name it: its name and its division code (区划代码). */
public record RegionLabel(String name, String code) {
}
