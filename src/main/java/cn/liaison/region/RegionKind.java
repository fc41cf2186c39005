package cn.liaison.region;

/** What a region is; the tree's depth is not tied to these. */
public enum RegionKind {
    PROVINCE, CITY, COUNTY, TOWNSHIP, STREET, VILLAGE, COMMUNITY
}
