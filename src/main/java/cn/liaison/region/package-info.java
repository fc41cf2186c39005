/**
 * The region tree (county, township or street, village or community, to any depth) that stations
 * belong to and staff scopes point into.
 */
package cn.liaison.region;
