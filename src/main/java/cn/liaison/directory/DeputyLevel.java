package cn.liaison.directory;

/** The congress a deputy was elected to. */
public enum DeputyLevel {
    TOWNSHIP, COUNTY, CITY, PROVINCE, NATIONAL
}
