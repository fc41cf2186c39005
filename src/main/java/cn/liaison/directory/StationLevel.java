package cn.liaison.directory;

public enum StationLevel {
    /** 县级代表联络中心 */
    COUNTY_CENTER,
    /** 乡级代表站 */
    TOWNSHIP_STATION,
    /** 村级人大代表联络室 */
    VILLAGE_ROOM
}
